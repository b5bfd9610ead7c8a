// Resolves "server-only" to an empty module: in a plain Node process (the
// worker) every module is server code, so its guard has nothing to protect.
// (Next.js does the same with its react-server condition, which a worker
// cannot use: it would also give React's server build to next-intl.)
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return nextResolve(specifier, context);
}

// Property tests (fast-check) explore new random cases on every developer's
// run, and print the seed of any failure to replay it (PROPERTY_SEED=<n>). CI
// runs one fixed seed: a landing must not hang on the luck of the draw (the
// API fuzz test does the same with FUZZ_SEED).
import fc from "fast-check";

const seed = process.env.PROPERTY_SEED ?? (process.env.CI ? "20261127" : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });

// Must stay the first import, as in the app: zod then validates without eval, exactly as the app's pages do.
import '../../../src/platform/zod-without-eval';
import { BenchOperations } from './bench-operations';
import type { BenchHarness } from './harness-api';

let operations: BenchOperations | undefined;

const harness: BenchHarness = {
  configure(config) {
    operations = new BenchOperations(config);
  },
  reattach() {
    if (operations === undefined) return Promise.reject(new Error('Configure the harness before reattaching it'));
    return operations.reattach();
  },
  run(operation) {
    if (operations === undefined) return Promise.reject(new Error('Configure the harness before running an operation'));
    return operations.run(operation);
  },
};

window.reputeBench = harness;

// A stand-in for dist/cli-worker.js in the pool tests: "slow" never finishes in time, "crash" throws.
export default async function work({ item }) {
  if (item.text === 'slow') await new Promise((resolve) => setTimeout(resolve, 30_000));
  if (item.text === 'crash') throw new Error('boom');
  return { ok: true, output: `${item.id}:${item.text}\n` };
}

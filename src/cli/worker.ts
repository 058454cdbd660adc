/** The worker-thread entry of the command's pool (built to dist/cli-worker.js): one document per task. */
import type { InputItem } from './inputs.js';
import type { TaskResult, TaskSettings } from './render.js';
import { runTask } from './task.js';

export interface WorkerTask {
  item: InputItem;
  settings: TaskSettings;
}

export default function work({ item, settings }: WorkerTask): Promise<TaskResult> {
  return runTask(item, settings);
}

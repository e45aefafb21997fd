// Runs a call to the API for a page: busy while it runs, and its refusal kept for the form to show by field.
import { ref, shallowRef } from 'vue';
import { ElMessage } from 'element-plus';
import { ApiProblem } from '@/api/http';

export function useAction() {
  const busy = ref(false);
  const problem = ref<ApiProblem | null>(null);

  async function run<T>(call: () => Promise<T>, done?: string): Promise<T | undefined> {
    busy.value = true;
    problem.value = null;
    try {
      const result = await call();
      if (done) ElMessage.success(done);
      return result;
    } catch (error) {
      problem.value = error instanceof ApiProblem ? error : new ApiProblem(0, '操作失败', '页面出错，请刷新后重试。');
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  /** The refusal's message for a form field (el-form-item :error), if it names that field. */
  const fieldError = (name: string) => problem.value?.field(name);

  return { busy, problem, run, fieldError };
}

/** Loads what a page shows; a refusal (404 for another jurisdiction's task...) is kept to show instead. */
export function useLoad<T>(load: () => Promise<T>) {
  const data = shallowRef<T | null>(null);
  const { busy, problem, run } = useAction();
  const reload = async () => {
    const result = await run(load);
    if (result !== undefined) data.value = result;
  };
  return { data, busy, problem, reload };
}

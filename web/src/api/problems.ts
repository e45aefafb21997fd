// Refusals as the workbench shows them: RFC 9457 problem+json turned into a Chinese title, the API's detail, and a message
// per field the API names (readings[0].value ...), for the form to show beside that field. Nothing raw reaches the page.

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(detail || title);
  }

  /** The message for a field the form shows, or undefined. Nested names (readings[0].value) match their prefix too. */
  field(name: string): string | undefined {
    const match = Object.keys(this.fields).find((key) => key === name || key.toLowerCase() === name.toLowerCase() || key.startsWith(`${name}[`) || key.startsWith(`${name}.`));
    return match ? this.fields[match] : undefined;
  }
}

export const statusText: Record<number, string> = {
  0: '无法连接服务器，请检查网络后重试。',
  400: '填写的内容有误，请按提示修改。',
  401: '登录已失效，请重新登录。',
  403: '您没有权限执行此操作。',
  404: '未找到该对象，或它不在您的辖区。',
  409: '当前状态不允许此操作，或他人刚刚修改过，请刷新后重试。',
  413: '文件或内容过大。',
  415: '不支持的文件类型。',
  422: '不符合业务规则，请按提示修改。',
  429: '操作过于频繁，请稍后再试。',
  503: '服务暂时不可用，请稍后再试。',
};

/** Reads a refusal: RFC 9457 problem+json where the API sent one, a plain sentence otherwise (never the raw body). */
export function readProblem(status: number, body: string, contentType: string | null): ApiProblem {
  if (contentType?.includes('json')) {
    try {
      const problem = JSON.parse(body) as { title?: string; detail?: string; errors?: Record<string, string[]> };
      const fields = Object.fromEntries(Object.entries(problem.errors ?? {}).map(([key, messages]) => [key, messages.join(' ')]));
      const detail = problem.detail || Object.values(fields).join(' ') || statusText[status] || '';
      return new ApiProblem(status, statusText[status] ?? problem.title ?? '请求失败', detail, fields);
    } catch {
      // Not the JSON it claimed to be: fall through to the plain sentence.
    }
  }
  return new ApiProblem(status, statusText[status] ?? '请求失败', status >= 500 ? '服务器未能完成请求，已记录。' : (statusText[status] ?? ''));
}


// A refusal reaches the user as a Chinese title, the API's detail, and a message beside each field it names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './typescript.mjs';

const { readProblem } = await load('api/problems.ts');

test('a validation problem names its fields, nested ones found by their prefix', () => {
  const problem = readProblem(400, JSON.stringify({
    title: 'Invalid request', status: 400, detail: "'progressPercent' must be between 0 and 100.",
    errors: { progressPercent: ["'progressPercent' must be between 0 and 100."], 'readings[0].value': ['must not be empty'] },
  }), 'application/problem+json; charset=utf-8');

  assert.equal(problem.status, 400);
  assert.equal(problem.title, '填写的内容有误，请按提示修改。');
  assert.equal(problem.detail, "'progressPercent' must be between 0 and 100.");
  assert.equal(problem.field('progressPercent'), "'progressPercent' must be between 0 and 100.");
  assert.equal(problem.field('readings'), 'must not be empty');
  assert.equal(problem.field('narrative'), undefined);
});

test('a 413 or 415 keeps the API detail under a plain title', () => {
  const tooLarge = readProblem(413, JSON.stringify({ title: 'Request body too large', detail: 'The body may hold at most 10304 KiB.' }), 'application/problem+json');
  assert.equal(tooLarge.title, '文件或内容过大。');
  assert.equal(tooLarge.detail, 'The body may hold at most 10304 KiB.');
  assert.equal(readProblem(415, JSON.stringify({ detail: 'Evidence must be a PDF, PNG, JPEG, .docx or .xlsx file.' }), 'application/problem+json').title, '不支持的文件类型。');
});

test('a body that is not problem+json is never shown: a server error becomes a plain sentence', () => {
  const problem = readProblem(500, '<html><body>System.NullReferenceException at Supervision.Api...</body></html>', 'text/html');
  assert.equal(problem.detail, '服务器未能完成请求，已记录。');
  assert.doesNotMatch(problem.title + problem.detail, /Exception|html/);
});

test('a malformed JSON body is treated as plain text', () => {
  const problem = readProblem(409, '{not json', 'application/json');
  assert.equal(problem.title, '当前状态不允许此操作，或他人刚刚修改过，请刷新后重试。');
});

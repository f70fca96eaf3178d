// The jscodeshift side of `npm run bench`: finds the call sites to-action starts from,
// `fetch('/api/...')`, `fetch(`/api/${id}`)`, `fetch('/api/' + id)`, in every file, and writes
// nothing. Like a typical codemod it parses every file it is given; with FIND_FETCH_PREFILTER=1
// it first skips files whose text has no `fetch` (the bench's `--prefilter` row). The count goes to jscodeshift's stats (printed with --dry) so the bench can check it
// found what the generator planted.
'use strict';

/** The first string piece of a URL expression, when it has one. */
function leadingText(node) {
  if (!node) return null;
  if (node.type === 'StringLiteral' || (node.type === 'Literal' && typeof node.value === 'string')) return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis[0] ? node.quasis[0].value.cooked : null;
  if (node.type === 'BinaryExpression' && node.operator === '+') return leadingText(node.left);
  return null;
}

const prefilter = process.env.FIND_FETCH_PREFILTER === '1';

module.exports = function findFetch(file, api) {
  if (prefilter && !file.source.includes('fetch')) return null;
  const j = api.jscodeshift;
  let found = 0;
  j(file.source)
    .find(j.CallExpression, { callee: { type: 'Identifier', name: 'fetch' } })
    .forEach((p) => {
      const text = leadingText(p.node.arguments[0]);
      if (text !== null && text.startsWith('/api/')) found++;
    });
  if (found > 0) api.stats('fetch-sites', found);
  return null; // skipped: nothing to write
};

module.exports.parser = 'tsx';

import { ApolloServerPlugin } from '@apollo/server';

/**
 * The page GET /graphql shows in a browser outside production: a small query runner with the schema's
 * queries and mutations listed, written inline (no script, style or font from a CDN), so it works offline
 * and behind a strict firewall, unlike Apollo's sandbox. Coaches and athletes use the web app; this page
 * is for self-hosters and developers trying the API.
 */
export function explorerLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: EXPLORER_HTML };
        },
      };
    },
  };
}

export const EXPLORER_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Coachline GraphQL explorer</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 260px 1fr 1fr; height: 100vh; }
  aside, main, section { padding: 12px; overflow: auto; }
  aside { background: #f4f5f7; border-right: 1px solid #ddd; }
  h1 { font-size: 16px; margin: 0 0 8px; } h2 { font-size: 13px; margin: 14px 0 4px; text-transform: uppercase; color: #555; }
  label { display: block; font-weight: 600; margin: 8px 0 4px; }
  textarea, input { width: 100%; box-sizing: border-box; font: 13px ui-monospace, monospace; }
  textarea#query { height: 45vh; } textarea#variables { height: 14vh; }
  button { margin-top: 8px; padding: 6px 14px; font-weight: 600; }
  pre { white-space: pre-wrap; font: 13px ui-monospace, monospace; margin: 0; }
  ul { list-style: none; padding: 0; margin: 0; } li { margin: 2px 0; }
  li a { cursor: pointer; color: #0b5cad; } small { color: #666; }
  @media (max-width: 800px) { body { grid-template-columns: 1fr; height: auto; } }
</style>
</head>
<body>
<aside>
  <h1>Coachline API</h1>
  <p><small>Nothing here loads from the internet. People use the web app; this page is for trying the API.
  Introspection is off in production, and so is this page.</small></p>
  <h2>Queries</h2><ul id="queries"><li><small>loading the schema…</small></li></ul>
  <h2>Mutations</h2><ul id="mutations"></ul>
</aside>
<main>
  <label for="token">Access token (sent as Authorization: Bearer …)</label>
  <input id="token" placeholder="accessToken from createOrganization, login or acceptInvitation" autocomplete="off">
  <label for="query">Query</label>
  <textarea id="query" spellcheck="false">{ me { user { id email name } organization { id name } roles } }</textarea>
  <label for="variables">Variables (JSON)</label>
  <textarea id="variables" spellcheck="false">{}</textarea>
  <button id="run" type="button">Run (Ctrl+Enter)</button>
</main>
<section>
  <label for="result">Result</label>
  <pre id="result" aria-live="polite"></pre>
</section>
<script>
(function () {
  var endpoint = window.location.pathname;
  var $ = function (id) { return document.getElementById(id); };
  $('token').value = sessionStorage.getItem('coachline.token') || '';
  function typeName(t) { return t.kind === 'NON_NULL' ? typeName(t.ofType) + '!' : t.kind === 'LIST' ? '[' + typeName(t.ofType) + ']' : t.name; }
  function post(body) {
    var headers = { 'content-type': 'application/json' };
    var token = $('token').value.trim();
    sessionStorage.setItem('coachline.token', token);
    if (token) headers.authorization = 'Bearer ' + token;
    return fetch(endpoint, { method: 'POST', headers: headers, body: JSON.stringify(body) }).then(function (r) { return r.json(); });
  }
  function run() {
    var variables;
    try { variables = JSON.parse($('variables').value || '{}'); } catch (e) { $('result').textContent = 'Variables are not valid JSON: ' + e.message; return; }
    $('result').textContent = '…';
    post({ query: $('query').value, variables: variables })
      .then(function (res) { $('result').textContent = JSON.stringify(res, null, 2); })
      .catch(function (e) { $('result').textContent = 'Request failed: ' + e.message; });
  }
  function list(id, kind, fields) {
    var ul = $(id); ul.textContent = '';
    fields.forEach(function (f) {
      var li = document.createElement('li'); var a = document.createElement('a');
      a.textContent = f.name; a.title = f.description || '';
      a.onclick = function () {
        var args = f.args.map(function (x) { return '$' + x.name + ': ' + typeName(x.type); }).join(', ');
        var pass = f.args.map(function (x) { return x.name + ': $' + x.name; }).join(', ');
        $('query').value = kind + (args ? '(' + args + ')' : '') + ' {\\n  ' + f.name + (pass ? '(' + pass + ')' : '') + ' {\\n    # fields of ' + typeName(f.type) + '\\n  }\\n}';
      };
      li.appendChild(a);
      var small = document.createElement('small'); small.textContent = ' → ' + typeName(f.type);
      li.appendChild(small); ul.appendChild(li);
    });
  }
  var field = 'name description args { name type { ...T } } type { ...T }';
  var T = 'fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
  post({ query: '{ __schema { queryType { fields { ' + field + ' } } mutationType { fields { ' + field + ' } } } } ' + T })
    .then(function (res) {
      if (!res.data) { $('queries').textContent = 'Schema unavailable: ' + JSON.stringify(res.errors); return; }
      list('queries', 'query', res.data.__schema.queryType.fields);
      list('mutations', 'mutation', (res.data.__schema.mutationType || { fields: [] }).fields);
    })
    .catch(function (e) { $('queries').textContent = 'Schema unavailable: ' + e.message; });
  $('run').onclick = run;
  document.addEventListener('keydown', function (e) { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
})();
</script>
</body>
</html>
`;

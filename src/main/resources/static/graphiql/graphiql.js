// Starts GraphiQL (the UMD bundle of graphiql 2.4.7 with React 18) on the page /graphiql.
(function () {
	'use strict';
	// Relative to the page, so that a context path (/app/graphiql -> /app/graphql) is kept.
	var endpoint = new URL('graphql', document.baseURI).href;
	// ?query=... opens the editor with that query, so links can share one (as in the README).
	var parameters = new URLSearchParams(window.location.search);
	function withCsrfToken(url, init) {
		var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
		init = init || {};
		if (match) {
			init.headers = Object.assign({}, init.headers, { 'X-XSRF-TOKEN': decodeURIComponent(match[1]) });
		}
		return window.fetch(url, init);
	}
	var props = {
		// Signed in to the explorer, the browser sends its session cookie; such requests must carry the CSRF
		// token of the XSRF-TOKEN cookie (security/BrowserSessions).
		fetcher: GraphiQL.createFetcher({ url: endpoint, fetch: withCsrfToken }),
		defaultEditorToolsVisibility: true,
		// Ask for deprecated arguments and input fields too, and the schema's own description.
		inputValueDeprecation: true,
		schemaDescription: true
	};
	if (parameters.has('query')) {
		props.query = parameters.get('query');
	}
	if (parameters.has('variables')) {
		props.variables = parameters.get('variables');
	}
	ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
}());

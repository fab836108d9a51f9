// The explorer's only way to the data: GraphQL queries to this server's /graphql.

/** An answer with errors (GraphQL or HTTP) as one exception whose message a person can read. */
export class ApiError extends Error {
	constructor(message, errors) {
		super(message);
		this.errors = errors || [];
	}
}

/**
 * Headers with the CSRF token of the XSRF-TOKEN cookie: once signed in, the browser sends the session cookie with
 * every request, and the server takes a write as the user's only with the token, which other sites cannot read.
 */
export function withCsrfToken(headers) {
	const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
	return match ? { ...headers, 'X-XSRF-TOKEN': decodeURIComponent(match[1]) } : headers;
}

/** The classification of an ApiError's first error (FORBIDDEN, NOT_FOUND, UNAUTHORIZED ...), if any. */
export function classification(failure) {
	const first = failure && failure.errors && failure.errors[0];
	return first && first.extensions ? first.extensions.classification : undefined;
}

/** Runs a query; resolves to its data, rejects with an ApiError when any error came back. */
export async function query(text, variables) {
	let response;
	try {
		response = await fetch('graphql', {
			method: 'POST',
			headers: withCsrfToken({ 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' }),
			body: JSON.stringify({ query: text, variables: variables || {} })
		});
	}
	catch (failure) {
		throw new ApiError('The server cannot be reached: ' + failure.message);
	}
	let body;
	try {
		body = await response.json();
	}
	catch (failure) {
		throw new ApiError('The server answered ' + response.status + ' without a readable body');
	}
	if (body.errors && body.errors.length) {
		throw new ApiError(body.errors.map(e => e.message).join('; '), body.errors);
	}
	if (!response.ok) {
		throw new ApiError('The server answered ' + response.status);
	}
	return body.data;
}

/** Proficiency levels 0-7 with names, read once from the server's scale. */
let levels;
export async function proficiencyLevels() {
	if (!levels) {
		levels = query('{ proficiencyLevels { level name description } }').then(d => d.proficiencyLevels);
	}
	return levels;
}

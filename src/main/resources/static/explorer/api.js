// The explorer's only way to the data: GraphQL queries to this server's /graphql.

/** An answer with errors (GraphQL or HTTP) as one exception whose message a person can read. */
export class ApiError extends Error {
	constructor(message, errors) {
		super(message);
		this.errors = errors || [];
	}
}

/** Runs a query; resolves to its data, rejects with an ApiError when any error came back. */
export async function query(text, variables) {
	let response;
	try {
		response = await fetch('graphql', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
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

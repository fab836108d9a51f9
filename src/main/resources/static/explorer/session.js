// Who is using the explorer: the server's `me` (user name, roles, linked person), and signing in and out. The
// password goes to the server once, in the sign-in request; the session is an HttpOnly cookie the scripts cannot
// read, and nothing of it is kept in localStorage or sessionStorage (security/BrowserSessions).
import { query, withCsrfToken, ApiError, classification } from './api.js';

const ME = `{ me { username roles authenticated person { id name } } }`;

let current;

/** The viewer: {username, roles: ['PLANNER', ...], authenticated, person: {id, name} | null}, asked once a page load. */
export function viewer() {
	if (!current) {
		current = query(ME).then(data => data.me).catch(() => ({ username: null, roles: [], authenticated: false, person: null }));
	}
	return current;
}

/** True when the viewer has any of the roles. */
export function hasRole(me, ...roles) {
	return me.roles.some(role => roles.includes(role));
}

/** Managers, planners and the admin see teams and bench strength. */
export function seesTeams(me) {
	return hasRole(me, 'ADMIN', 'PLANNER', 'MANAGER');
}

/** The viewer's main role in words, for the header. */
export function roleName(me) {
	for (const role of ['ADMIN', 'PLANNER', 'MANAGER', 'EMPLOYEE']) {
		if (me.roles.includes(role)) {
			return role.toLowerCase();
		}
	}
	return 'no role';
}

/** Signs in; resolves to the new viewer, rejects with an ApiError saying why not (wrong password, locked out). */
export async function signIn(username, password) {
	await ensureCsrfToken();
	const response = await fetch('login', {
		method: 'POST',
		headers: withCsrfToken({ 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' }),
		body: new URLSearchParams({ username, password })
	});
	if (!response.ok) {
		let message = 'Sign-in failed (' + response.status + ')';
		try {
			const body = await response.json();
			message = body.errors.map(e => e.message).join('; ');
		}
		catch (ignored) {
			// the status says it
		}
		throw new ApiError(message);
	}
	current = undefined;
	return viewer();
}

export async function signOut() {
	await fetch('logout', { method: 'POST', headers: withCsrfToken({}) });
	current = undefined;
	return viewer();
}

/** The token cookie comes with any answer of the server; a page opened from the cache may not have it yet. */
async function ensureCsrfToken() {
	if (!/(?:^|;\s*)XSRF-TOKEN=/.test(document.cookie)) {
		await fetch('explorer/explorer.css', { cache: 'no-store' });
	}
}

/** A refusal in words for a page: what the viewer may not see, and what to do. */
export function refusal(failure) {
	switch (classification(failure)) {
		case 'UNAUTHORIZED':
			return 'Sign in to see this page: people and teams are not public. (' + failure.message + ')';
		case 'FORBIDDEN':
			return 'Your role may not see this page. (' + failure.message + ')';
		case 'NOT_FOUND':
			return 'Not found, or not yours to see. (' + failure.message + ')';
		default:
			return failure.message;
	}
}

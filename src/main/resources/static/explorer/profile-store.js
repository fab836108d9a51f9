// "My profile" of an anonymous visitor: the capabilities they hold, with levels, kept in this browser (localStorage).
// Nothing of it leaves the browser except as the argument of an analysis query. Signed in as a person, the profile
// is the person's on the server instead (pages/person-profile.js).

const KEY = 'competency-graph.profile.v1';

/** [{capability: {id, name, kind}, level: 0-7 or null}] */
export function load() {
	try {
		const entries = JSON.parse(window.localStorage.getItem(KEY) || '[]');
		return Array.isArray(entries) ? entries.filter(e => e && e.capability && e.capability.id) : [];
	}
	catch (ignored) {
		return [];
	}
}

export function save(entries) {
	window.localStorage.setItem(KEY, JSON.stringify(entries));
}

/** The profile as the API's ProfileCapabilityInput list. */
export function asInput(entries) {
	return entries.map(e => (e.level === null || e.level === undefined ? { capability: e.capability.id }
		: { capability: e.capability.id, level: e.level }));
}

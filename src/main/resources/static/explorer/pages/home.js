// Search: roles and capabilities by name or alias, with suggestions while typing and a full result list on Enter.
import { h, show, status, error, roleLink, capabilityLink, words, link } from '../dom.js';
import { query } from '../api.js';
import { autocomplete } from '../autocomplete.js';

const RESULTS = `query search($text: String!) {
  jobs(filter: {text: $text}, first: 30) { totalCount edges { node { id title organization { name } family { name } summary } } }
  searchCapabilities(text: $text, first: 30) { score capability { id name kind aliases description } }
}`;

export async function home(main, params) {
	const text = (params.get('q') || '').trim();
	const results = h('div', { id: 'results' });
	show(main,
		h('h1', {}, 'Find a role or a capability'),
		h('p', { class: 'lead' }, 'Search jobs, skills, knowledge areas, abilities, competencies and qualifications by name or alias. ',
			'Build ', link('/profile', 'your skill profile'), ' to see which roles fit you and what to learn for them.'),
		autocomplete({
			label: 'Role or capability', placeholder: 'e.g. infrastructure engineer, ITIL, troubleshooting',
			keepText: true,
			onPick: item => { window.location.hash = (item.type === 'role' ? '#/role/' : '#/capability/') + encodeURIComponent(item.id); },
			onSubmit: value => { window.location.hash = '#/?q=' + encodeURIComponent(value); }
		}),
		results);
	if (!text) {
		return;
	}
	show(results, status('Searching…'));
	try {
		const data = await query(RESULTS, { text });
		const roles = data.jobs.edges.map(e => e.node);
		show(results,
			h('h2', {}, 'Roles matching “' + text + '” (' + data.jobs.totalCount + ')'),
			roles.length ? h('ul', { class: 'cards' }, roles.map(job => h('li', { class: 'card' },
				roleLink(job), h('p', {}, job.organization.name + (job.family ? ' · ' + job.family.name : ''))))) : h('p', {}, 'No role.'),
			h('h2', {}, 'Capabilities matching “' + text + '”'),
			data.searchCapabilities.length ? h('ul', { class: 'cards' }, data.searchCapabilities.map(m => h('li', { class: 'card' },
				capabilityLink(m.capability), ' ', h('span', { class: 'tag' }, words(m.capability.kind)),
				m.capability.aliases.length ? h('p', {}, 'Also: ' + m.capability.aliases.slice(0, 4).join(', ')) : null))) : h('p', {}, 'No capability.'));
	}
	catch (failure) {
		show(results, error(failure.message));
	}
}

// A capability: what it is, the same or nearly the same concept in other vocabularies, who requires it, and a way
// to add it to my profile.
import { h, show, status, error, roleLink, capabilityLink, words, number, percent, tag, link, announce, table } from '../dom.js';
import { query, proficiencyLevels } from '../api.js';
import * as profiles from '../profile-store.js';

const CAPABILITY = `query capability($id: ID!) {
  capability(id: $id) {
    id name kind aliases description qualificationType
    externalIds { framework id }
    links { type score method evidence status framework capability { id name kind } }
    requiredBy(first: 25) { totalCount edges { node { id title organization { name } } requirement { priority level } } }
    taughtBy(first: 20) { level resource { id title provider type hours cost currency url } }
  }
}`;

export async function capability(main, params, id) {
	show(main, status('Loading the capability…'));
	let found;
	try {
		found = (await query(CAPABILITY, { id })).capability;
	}
	catch (failure) {
		show(main, h('h1', {}, 'Capability'), error(failure.message));
		return;
	}
	if (!found) {
		show(main, h('h1', {}, 'Capability not found'), h('p', {}, 'No capability has the id “' + id + '”. ', link('/', 'Search')));
		return;
	}
	const levels = await proficiencyLevels();
	show(main,
		h('h1', {}, found.name),
		h('ul', { class: 'meta' }, h('li', {}, words(found.kind)), found.qualificationType ? h('li', {}, found.qualificationType) : null,
			found.externalIds.map(x => h('li', {}, x.framework + ' ' + x.id))),
		found.description ? h('p', {}, found.description) : null,
		found.aliases.length ? h('p', {}, 'Also called: ' + found.aliases.join(', ')) : null,
		addToProfile(found, levels),
		h('section', {}, h('h2', {}, 'The same concept elsewhere'),
			found.links.length ? table(['Concept', 'Link', 'Score', 'How'], found.links.map(l => [
				capabilityLink(l.capability), tag(l.type === 'SAME_AS' ? 'same as' : 'close match'), percent(l.score),
				[l.method, l.status === 'confirmed' ? ' (confirmed)' : '', l.evidence ? ': ' + l.evidence : ''].join('')
			]), 'Links to O*NET, ESCO and the project\u2019s own capabilities') : h('p', {}, 'No link to another vocabulary.')),
		h('section', {}, h('h2', {}, 'Roles that require it (' + found.requiredBy.totalCount + ')'),
			found.requiredBy.edges.length ? table(['Role', 'Organization', 'Priority', 'Level'], found.requiredBy.edges.map(e => [
				roleLink(e.node), e.node.organization.name, tag(words(e.requirement.priority), e.requirement.priority === 'ESSENTIAL' ? 'essential' : ''),
				number(e.requirement.level)
			])) : h('p', {}, 'No role requires it.'),
			found.requiredBy.totalCount > found.requiredBy.edges.length ? h('p', { class: 'status' }, 'The first ' + found.requiredBy.edges.length + ' shown.') : null),
		h('section', {}, h('h2', {}, 'Learning resources that teach it'),
			found.taughtBy.length ? table(['Resource', 'Type', 'Provider', 'Up to level', 'Hours', 'Cost'], found.taughtBy.map(t => [
				t.resource.url ? h('a', { href: t.resource.url, rel: 'noopener noreferrer' }, t.resource.title) : t.resource.title,
				words(t.resource.type), t.resource.provider || '–', number(t.level), number(t.resource.hours),
				t.resource.cost === null ? '–' : number(t.resource.cost) + (t.resource.currency ? ' ' + t.resource.currency : '')
			])) : h('p', {}, 'No resource in the catalogue teaches it.')));
}

function addToProfile(found, levels) {
	const entries = profiles.load();
	const held = entries.find(e => e.capability.id === found.id);
	const select = levelSelect('level-' + found.id, held ? held.level : 3, levels);
	const message = h('span', { role: 'status' });
	return h('form', {
		class: 'row', onsubmit: event => {
			event.preventDefault();
			const list = profiles.load().filter(e => e.capability.id !== found.id);
			list.push({ capability: { id: found.id, name: found.name, kind: found.kind }, level: select.value === '' ? null : Number(select.value) });
			profiles.save(list);
			message.textContent = 'In your profile at ' + (select.value === '' ? 'an unstated level' : 'level ' + select.value) + '.';
			announce(message.textContent);
		}
	}, h('div', { class: 'field' }, h('label', { for: select.id }, 'My level'), select),
	h('button', { type: 'submit' }, held ? 'Update my profile' : 'Add to my profile'), message);
}

/** A select of the proficiency levels 1-7 and "not stated". */
export function levelSelect(id, value, levels) {
	return h('select', { id }, h('option', { value: '' }, 'Not stated'),
		levels.filter(l => l.level > 0).map(l => h('option', { value: l.level, selected: Number(value) === l.level, title: l.description }, l.level + ' – ' + l.name)));
}

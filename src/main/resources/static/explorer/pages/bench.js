// Bench strength: the people who could fill a role, ranked by readiness from what they hold, among the people the
// viewer may see (a manager's teams; everyone for planners and the admin), optionally within one team.
import { h, show, status, error, link, roleLink, bar, table } from '../dom.js';
import { query } from '../api.js';
import { autocomplete } from '../autocomplete.js';
import { refusal } from '../session.js';

const TEAMS = `{ teams(first: 100) { edges { node { id name membersVisible } } } }`;

const BENCH = `query bench($role: ID!, $team: ID) {
  benchStrength(role: $role, team: $team, first: 20) {
    role { id title organization { name } } candidates
    ranked { person { id name team { name } job { id title } } readiness fit essentialMissing }
  }
}`;

export async function bench(main, params) {
	const role = params.get('role');
	const teamId = params.get('team') || '';
	const results = h('div', {});
	const teamSelect = h('select', { id: 'bench-team' }, h('option', { value: '' }, 'Everyone I may see'));
	show(main,
		h('h1', {}, 'Bench strength'),
		h('p', { class: 'lead' }, 'Who could fill a role: the people you may see, most ready first, from the capabilities they hold.'),
		h('div', { class: 'field' }, h('label', { for: teamSelect.id }, 'Within team'), teamSelect),
		autocomplete({
			label: 'Role', placeholder: 'e.g. infrastructure engineer', capabilities: false,
			onPick: item => { go(item.id); }
		}),
		results);
	teamSelect.addEventListener('change', () => { if (role) { go(role); } });

	function go(roleId) {
		const next = new URLSearchParams({ role: roleId });
		if (teamSelect.value) {
			next.set('team', teamSelect.value);
		}
		window.location.hash = '#/bench?' + next;
	}

	try {
		const teams = (await query(TEAMS)).teams.edges.map(e => e.node).filter(t => t.membersVisible);
		teamSelect.append(...teams.map(t => h('option', { value: t.id, selected: t.id === teamId }, t.name)));
	}
	catch (failure) {
		show(results, error(refusal(failure)));
		return;
	}
	if (!role) {
		show(results, h('p', {}, 'Choose a role above.'));
		return;
	}
	show(results, status('Ranking…'));
	try {
		const answer = (await query(BENCH, { role, team: teamId || null })).benchStrength;
		show(results,
			h('h2', {}, 'Ready for ', roleLink(answer.role)),
			h('p', { class: 'status' }, answer.candidates + ' people ranked; the 20 most ready.'),
			answer.ranked.length ? table(['Person', 'Team', 'Current role', 'Readiness', 'Essentials missing'], answer.ranked.map(c => [
				c.person.name, c.person.team ? c.person.team.name : '–', c.person.job ? roleLink(c.person.job) : '–',
				bar(c.readiness), c.essentialMissing])) : h('p', {}, 'Nobody to rank.'),
			h('p', {}, link('/teams', 'Teams')));
	}
	catch (failure) {
		show(results, error(refusal(failure)));
	}
}

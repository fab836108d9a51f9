// Teams for managers (the teams they manage), planners and the admin (all): a team's members, positions, how its
// members cover what the positions require, its single points of failure, and its heat map of people by
// capability. What a role may not see, the server refuses; the page says so instead of showing data.
import { h, show, status, error, link, roleLink, capabilityLink, number, table } from '../dom.js';
import { query } from '../api.js';
import { refusal } from '../session.js';

const TEAMS = `{ teams(first: 100) { totalCount edges { node { id name membersVisible memberCount manager { name } parent { name } } } } }`;

const TEAM = `query team($id: ID!) {
  team(id: $id) {
    id name membersVisible memberCount parent { id name } children { id name } manager { id name }
    members(first: 100) { totalCount edges { node { id name job { id title } } } }
    positions { job { id title } count by filled }
    coverage { suppressed minimumGroupSize capabilities { capability { id name } requiredLevel essential holdersMeeting holders needed } }
  }
}`;

const POINTS = `query points($id: ID!) { team(id: $id) { singlePointsOfFailure { capability { id name } person { id name } level } } }`;

const HEAT_MAP = `query heatMap($id: ID!) {
  team(id: $id) { id name heatMap(first: 100) { capabilities { id name } rows { person { id name } levels } } }
}`;

export async function teams(main) {
	show(main, h('h1', {}, 'Teams'), status('Loading…'));
	try {
		const answer = (await query(TEAMS)).teams;
		show(main, h('h1', {}, 'Teams'),
			h('p', { class: 'lead' }, 'The teams you may see: ' + answer.totalCount + '.'),
			answer.edges.length ? table(['Team', 'Part of', 'Manager', 'Members', ''], answer.edges.map(({ node }) => [
				link('/team/' + encodeURIComponent(node.id), node.name), node.parent ? node.parent.name : '–',
				node.manager ? node.manager.name : '–', node.memberCount === null ? 'withheld' : node.memberCount,
				node.membersVisible ? link('/heatmap/' + encodeURIComponent(node.id), 'Heat map', { 'aria-label': 'Heat map of ' + node.name }) : ''
			])) : h('p', {}, 'No team to show.'));
	}
	catch (failure) {
		show(main, h('h1', {}, 'Teams'), error(refusal(failure)));
	}
}

export async function team(main, params, id) {
	show(main, h('h1', {}, 'Team'), status('Loading…'));
	let found;
	try {
		found = (await query(TEAM, { id })).team;
	}
	catch (failure) {
		show(main, h('h1', {}, 'Team'), error(refusal(failure)));
		return;
	}
	const points = h('section', { 'aria-labelledby': 'points-heading' });
	const coverage = found.coverage;
	show(main,
		h('h1', {}, found.name),
		h('ul', { class: 'meta' },
			h('li', {}, 'Manager: ', found.manager ? found.manager.name : '–'),
			found.parent ? h('li', {}, 'Part of ', link('/team/' + encodeURIComponent(found.parent.id), found.parent.name)) : null,
			h('li', {}, 'Members: ' + (found.memberCount === null ? 'withheld' : found.memberCount)),
			found.membersVisible ? h('li', {}, link('/heatmap/' + encodeURIComponent(found.id), 'Heat map')) : null,
			found.membersVisible ? h('li', {}, link('/bench?team=' + encodeURIComponent(found.id), 'Bench strength')) : null),
		found.children.length ? h('p', {}, 'Sub-teams: ', found.children.map((c, i) => [i ? ', ' : '', link('/team/' + encodeURIComponent(c.id), c.name)])) : null,
		h('section', {}, h('h2', {}, 'Positions'),
			found.positions.length ? table(['Role', 'Needed', 'Filled', 'By'], found.positions.map(p => [
				roleLink(p.job), p.count, p.filled === null ? 'withheld' : p.filled, p.by || 'now'])) : h('p', {}, 'No positions.')),
		h('section', {}, h('h2', {}, 'Coverage'),
			coverage.suppressed ? h('p', { class: 'status' }, 'Counts are withheld: the team has fewer members than the minimum group size (' + coverage.minimumGroupSize + ').') : null,
			coverage.capabilities.length ? table(['Capability', 'Essential', 'Required level', 'Members meeting it', 'Holders', 'Needed'],
				coverage.capabilities.map(c => [capabilityLink(c.capability), c.essential ? 'essential' : 'desirable', number(c.requiredLevel),
					c.holdersMeeting === null ? 'withheld' : c.holdersMeeting, c.holders === null ? 'withheld' : c.holders, c.needed]),
				'What the positions require, and how many members meet it') : h('p', {}, 'The positions require nothing recorded.')),
		found.membersVisible ? h('section', {}, h('h2', {}, 'Members'),
			found.members.edges.length ? table(['Name', 'Role'], found.members.edges.map(({ node }) => [node.name, node.job ? roleLink(node.job) : '–']))
				: h('p', {}, 'No members.')) : h('p', { class: 'status' }, 'You see this team as an aggregate only: no members.'),
		found.membersVisible ? points : null);
	if (found.membersVisible) {
		show(points, h('h2', { id: 'points-heading' }, 'Single points of failure'), status('Loading…'));
		try {
			const list = (await query(POINTS, { id })).team.singlePointsOfFailure;
			show(points, h('h2', { id: 'points-heading' }, 'Single points of failure'),
				list.length ? table(['Capability', 'The only holder', 'Level'], list.map(p => [capabilityLink(p.capability), p.person.name, number(p.level)]),
					'Capabilities the positions require that only one member holds')
					: h('p', {}, 'No required capability rests on one member alone.'));
		}
		catch (failure) {
			show(points, h('h2', { id: 'points-heading' }, 'Single points of failure'), error(refusal(failure)));
		}
	}
}

export async function heatMap(main, params, id) {
	show(main, h('h1', {}, 'Heat map'), status('Loading…'));
	let found;
	try {
		found = (await query(HEAT_MAP, { id })).team;
	}
	catch (failure) {
		show(main, h('h1', {}, 'Heat map'), error(refusal(failure)));
		return;
	}
	const map = found.heatMap;
	show(main,
		h('h1', {}, 'Heat map: ' + found.name),
		h('p', { class: 'lead' }, 'Members by the capabilities the team\u2019s positions require, with the level each holds (0-7; ',
			'“held” when the level is not stated, “–” when not held). Colour repeats the level. ',
			link('/team/' + encodeURIComponent(found.id), 'Back to the team')),
		map.rows.length && map.capabilities.length ? h('div', { class: 'scroll' }, h('table', { class: 'heat' },
			h('caption', {}, 'Levels of ' + map.rows.length + ' members in ' + map.capabilities.length + ' capabilities'),
			h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Member'),
				map.capabilities.map(c => h('th', { scope: 'col' }, capabilityLink(c))))),
			h('tbody', {}, map.rows.map(row => h('tr', {}, h('th', { scope: 'row' }, row.person.name),
				row.levels.map(level => h('td', { class: heatClass(level) }, level === null ? '–' : level < 0 ? 'held' : number(level))))))))
			: h('p', {}, 'Nothing to show: no members or no required capabilities.'));
}

function heatClass(level) {
	if (level === null) {
		return 'heat-none';
	}
	return 'heat-' + (level < 0 ? 'held' : Math.max(0, Math.min(7, Math.round(level))));
}

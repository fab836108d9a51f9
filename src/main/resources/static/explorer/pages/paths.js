// Where can I go, and how: the roles one step away (transitions) and the best routes of up to four moves to a
// chosen role (careerPaths), each step with what to learn.
import { h, show, status, error, roleLink, capabilityLink, words, number, percent, bar, tag, link, table } from '../dom.js';
import { query } from '../api.js';
import { autocomplete } from '../autocomplete.js';
import * as profiles from '../profile-store.js';
import { viewer } from '../session.js';

const MOVE = `job { id title organization { name } } similarity readiness viable transitionClass familyChange
  effort effortHours essentialMissing ladder { conditions track } toLearnCount
  toLearn { capability { id name } priority status requiredLevel currentLevel }`;

const TRANSITIONS = `query transitions($from: GapSourceInput!) {
  transitions(from: $from, first: 15) { threshold { value basis } transitions { ${MOVE} } }
}`;

const PATHS = `query paths($from: GapSourceInput!, $to: ID!, $rankBy: CareerPathRanking) {
  careerPaths(from: $from, to: $to, first: 3, maxSteps: 4, rankBy: $rankBy) {
    reason paths { rank steps totalEffort totalEffortHours moves { ${MOVE} } }
  }
}`;

/**
 * The source of a page's query from its `from` parameter: a role id, or "profile" for my profile: the signed-in
 * person's holdings on the server, or else the profile kept in this browser.
 */
export async function source(from) {
	if (from !== 'profile') {
		return { job: from };
	}
	const me = await viewer();
	return me.person ? { person: me.person.id } : { profile: profiles.asInput(profiles.load()) };
}

export async function paths(main, params) {
	const from = params.get('from') || 'profile';
	const to = params.get('to');
	const rankBy = params.get('rankBy') === 'STEPS' ? 'STEPS' : 'EFFORT';
	const go = (nextFrom, nextTo, nextRank) => {
		window.location.hash = '#/paths?from=' + encodeURIComponent(nextFrom) + (nextTo ? '&to=' + encodeURIComponent(nextTo) : '')
			+ (nextRank ? '&rankBy=' + nextRank : '');
	};
	const result = h('div', {});
	show(main,
		h('h1', {}, to ? 'Career paths' : 'Where you can go next'),
		h('p', { class: 'lead' }, from === 'profile' ? 'From your profile. ' : 'From a role. ',
			'Moves are viable when the roles are alike enough (a threshold calibrated on the data) and at most one level up; career ladder steps always are.'),
		h('div', { class: 'row' },
			from !== 'profile' ? h('button', { type: 'button', class: 'secondary', onclick: () => go('profile', to) }, 'From my profile') : null,
			autocomplete({ label: 'From a role', capabilities: false, onPick: item => go(item.id, to) }),
			autocomplete({ label: 'To a role', capabilities: false, onPick: item => go(from, item.id) })),
		to ? h('p', {}, 'Ranked by ', rankBy === 'EFFORT' ? 'learning effort' : 'number of steps', ' · ',
			h('button', { type: 'button', class: 'link', onclick: () => go(from, to, rankBy === 'EFFORT' ? 'STEPS' : 'EFFORT') },
				'rank by ' + (rankBy === 'EFFORT' ? 'number of steps' : 'learning effort'))) : null,
		result);
	const input = await source(from);
	if (input.profile && !input.profile.length) {
		show(result, h('p', {}, 'Your profile is empty. ', link('/profile', 'Add the capabilities you hold'), ' or start from a role.'));
		return;
	}
	show(result, status('Computing…'));
	try {
		if (!to) {
			const t = (await query(TRANSITIONS, { from: input })).transitions;
			show(result, h('h2', {}, 'One step away'),
				h('p', { class: 'status' }, 'Viable from similarity ' + number(t.threshold.value) + ': ' + t.threshold.basis),
				t.transitions.length ? table(['Role', 'Move', 'Similarity', 'Readiness', 'To learn', ''], t.transitions.map(m => [
					roleLink(m.job), moveClass(m), m.similarity === null ? '–' : percent(m.similarity), bar(m.readiness),
					m.toLearnCount + (m.toLearnCount === 1 ? ' capability' : ' capabilities') + ', effort ' + number(m.effort),
					link('/paths?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(m.job.id), 'Paths', { 'aria-label': 'Paths to ' + m.job.title })
				]), 'Career ladder steps first, then by similarity') : h('p', {}, 'No role one step away.'));
			return;
		}
		const c = (await query(PATHS, { from: input, to, rankBy })).careerPaths;
		if (!c.paths.length) {
			show(result, h('p', {}, c.reason || 'No path.'));
			return;
		}
		show(result, c.paths.map(p => h('section', { 'aria-labelledby': 'path-' + p.rank },
			h('h2', { id: 'path-' + p.rank }, 'Path ' + p.rank + ': ' + p.steps + (p.steps === 1 ? ' move' : ' moves') + ', effort ' + number(p.totalEffort)
				+ ' (about ' + Math.round(p.totalEffortHours) + ' hours)'),
			h('ol', { class: 'timeline' }, p.moves.map(m => h('li', {},
				h('h3', {}, roleLink(m.job), ' ', moveClass(m)),
				m.ladder && m.ladder.conditions ? h('p', {}, 'Ladder condition: ' + m.ladder.conditions) : null,
				h('p', {}, 'Readiness before the move ', bar(m.readiness), ' · ', m.essentialMissing + ' essential missing'),
				m.toLearn.length ? h('ul', {}, m.toLearn.slice(0, 8).map(l => h('li', {}, capabilityLink(l.capability), ' ',
					tag(words(l.priority), l.priority === 'ESSENTIAL' ? 'essential' : ''), ' ',
					l.requiredLevel === null ? '' : 'to level ' + number(l.requiredLevel) + (l.currentLevel === null ? '' : ' (now ' + number(l.currentLevel) + ')')))) : h('p', {}, 'Nothing to learn.'),
				m.toLearnCount > 8 ? h('p', { class: 'status' }, (m.toLearnCount - 8) + ' more.') : null))),
			h('p', {}, link('/plan?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to), 'Training plan for the target', { class: 'button secondary' })))));
	}
	catch (failure) {
		show(result, error(failure.message));
	}
}

function moveClass(move) {
	const parts = [words(move.transitionClass)];
	if (move.ladder) {
		parts.push('career ladder');
	}
	if (move.familyChange) {
		parts.push('family change');
	}
	if (!move.viable) {
		parts.push('not viable');
	}
	return tag(parts.join(' · '));
}

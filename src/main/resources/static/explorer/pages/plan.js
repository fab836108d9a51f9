// A training plan: the learning resources that close the gap to a role with the least hours (or cost), in steps
// that respect their prerequisites, each choice explained; what no resource teaches; the learning order.
import { h, show, status, error, roleLink, capabilityLink, words, number, tag, link, table } from '../dom.js';
import { query } from '../api.js';
import { autocomplete } from '../autocomplete.js';
import { source } from './paths.js';

const PLAN = `query plan($from: GapSourceInput!, $to: ID!, $objective: TrainingObjective, $include: TrainingScope) {
  trainingPlan(from: $from, to: $to, objective: $objective, include: $include) {
    to { id title } fromJob { id title } totalHours totalCost currency optimal gapToLowerBound requirements explanation
    steps { step resources { id title provider type hours cost currency url explanation
      closes { capability { id name } requiredLevel } } }
    notCovered { capability { id name } priority requiredLevel reason }
    learningOrder { step capability { id name } level priority explanation }
  }
}`;

export async function plan(main, params) {
	const from = params.get('from') || 'profile';
	const to = params.get('to');
	const objective = params.get('objective') === 'COST' ? 'COST' : 'HOURS';
	const include = params.get('include') === 'ALL' ? 'ALL' : 'ESSENTIAL';
	const go = changes => {
		const next = new URLSearchParams({ from, objective, include, ...(to ? { to } : {}), ...changes });
		window.location.hash = '#/plan?' + next.toString();
	};
	const result = h('div', {});
	show(main,
		h('h1', {}, 'Training plan'),
		h('p', { class: 'lead' }, 'The courses, certifications, assignments and mentoring that close the gap with the least ',
			objective === 'HOURS' ? 'hours' : 'cost', ', in an order that respects their prerequisites.'),
		h('div', { class: 'row' },
			autocomplete({ label: to ? 'Another target role' : 'Target role', capabilities: false, onPick: item => go({ to: item.id }) }),
			h('div', { class: 'field' }, h('label', { for: 'objective' }, 'Least'),
				h('select', { id: 'objective', onchange: event => go({ objective: event.target.value }) },
					h('option', { value: 'HOURS', selected: objective === 'HOURS' }, 'hours'),
					h('option', { value: 'COST', selected: objective === 'COST' }, 'cost'))),
			h('div', { class: 'field' }, h('label', { for: 'include' }, 'Requirements'),
				h('select', { id: 'include', onchange: event => go({ include: event.target.value }) },
					h('option', { value: 'ESSENTIAL', selected: include === 'ESSENTIAL' }, 'essential'),
					h('option', { value: 'ALL', selected: include === 'ALL' }, 'all')))),
		result);
	if (!to) {
		show(result, h('p', {}, 'Choose the target role.'));
		return;
	}
	const input = await source(from);
	if (input.profile && !input.profile.length) {
		show(result, h('p', {}, 'Your profile is empty. ', link('/profile', 'Add the capabilities you hold'), ' first.'));
		return;
	}
	show(result, status('Planning…'));
	try {
		const p = (await query(PLAN, { from: input, to, objective, include })).trainingPlan;
		show(result,
			h('h2', {}, 'From ', p.fromJob ? roleLink(p.fromJob) : 'my profile', ' to ', roleLink(p.to)),
			h('ul', { class: 'meta' },
				h('li', {}, number(p.totalHours) + ' hours'),
				h('li', {}, number(p.totalCost) + (p.currency ? ' ' + p.currency : '')),
				h('li', {}, p.optimal ? 'proven optimal' : 'within ' + Math.round((p.gapToLowerBound || 0) * 100) + '% of a lower bound'),
				h('li', {}, p.requirements + ' requirements to close')),
			p.steps.length ? h('ol', { class: 'timeline', 'aria-label': 'Steps' }, p.steps.map(step => h('li', {},
				h('h3', {}, 'Step ' + step.step),
				h('ul', {}, step.resources.map(r => h('li', {},
					h('strong', {}, r.url ? h('a', { href: r.url, rel: 'noopener noreferrer' }, r.title) : r.title), ' ',
					tag(words(r.type)), ' ', [r.provider, r.hours === null ? null : number(r.hours) + ' h', r.cost === null ? null : number(r.cost) + (r.currency ? ' ' + r.currency : '')].filter(Boolean).join(' · '),
					h('p', {}, 'Closes: ', r.closes.map((c, i) => [i ? ', ' : '', capabilityLink(c.capability), c.requiredLevel === null ? '' : ' (level ' + number(c.requiredLevel) + ')'])),
					h('p', { class: 'status' }, r.explanation))))))) : h('p', {}, 'No resource needed or available.'),
			p.notCovered.length ? h('section', {}, h('h2', {}, 'Not covered by training'),
				table(['Capability', 'Priority', 'Level', 'Why'], p.notCovered.map(n => [capabilityLink(n.capability),
					tag(words(n.priority), n.priority === 'ESSENTIAL' ? 'essential' : ''), number(n.requiredLevel), n.reason]))) : null,
			p.learningOrder.length ? h('section', {}, h('h2', {}, 'Order to learn what no resource teaches'),
				table(['Step', 'Capability', 'Level', 'Why here'], p.learningOrder.map(l => [l.step, capabilityLink(l.capability), number(l.level), l.explanation]))) : null,
			h('details', {}, h('summary', {}, 'How this plan was chosen'), h('p', {}, p.explanation)));
	}
	catch (failure) {
		show(result, error(failure.message));
	}
}

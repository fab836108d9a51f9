// The gap from my profile (or a role) to a target role: every requirement, essential first, with its status,
// levels and the reason; readiness at the top.
import { h, show, status, error, roleLink, capabilityLink, words, number, bar, tag, link, table } from '../dom.js';
import { query } from '../api.js';
import { autocomplete } from '../autocomplete.js';
import * as profiles from '../profile-store.js';
import { viewer, refusal } from '../session.js';

const GAP = `query gap($from: GapSourceInput!, $to: ID!) {
  skillGap(from: $from, to: $to) {
    readiness desirableCoverage fit essentialMissing explanation
    fromJob { id title } to { id title }
    counts { total met partlyMet belowLevel missing }
    requirements { capability { id name } status priority requiredLevel currentLevel heldAs { id name } match explanation }
  }
}`;

const STATUS_CLASS = { MET: 'met', PARTLY_MET: 'partly', BELOW_LEVEL: 'below', MISSING: 'missing' };

export async function gap(main, params) {
	const to = params.get('to');
	const from = params.get('from') || 'profile';
	const result = h('div', {});
	const go = (nextFrom, nextTo) => {
		window.location.hash = '#/gap?from=' + encodeURIComponent(nextFrom) + (nextTo ? '&to=' + encodeURIComponent(nextTo) : '');
	};
	show(main,
		h('h1', {}, 'Gap to a role'),
		h('p', { class: 'lead' }, 'What a target role asks for that ', from === 'profile' ? 'your profile' : 'a role', ' does not give yet, essential first.'),
		h('div', { class: 'row' },
			from !== 'profile' ? h('button', { type: 'button', class: 'secondary', onclick: () => go('profile', to) }, 'Measure from my profile') : null,
			autocomplete({ label: 'From a role instead', capabilities: false, onPick: item => go(item.id, to) }),
			autocomplete({ label: to ? 'Another target role' : 'Target role', capabilities: false, onPick: item => go(from, item.id) })),
		result);
	if (!to) {
		show(result, h('p', {}, 'Choose the role to measure the gap to.'));
		return;
	}
	// My profile is the signed-in person's holdings on the server, or else the one kept in this browser.
	const me = await viewer();
	const source = from !== 'profile' ? { job: from } : me.person ? { person: me.person.id } : { profile: profiles.asInput(profiles.load()) };
	if (source.profile && !source.profile.length) {
		show(result, h('p', {}, 'Your profile is empty. ', link('/profile', 'Add the capabilities you hold'), ' first, or measure from a role.'));
		return;
	}
	show(result, status('Computing the gap…'));
	try {
		const g = (await query(GAP, { from: source, to })).skillGap;
		const order = [...g.requirements];
		show(result,
			h('h2', {}, 'From ', g.fromJob ? roleLink(g.fromJob) : 'my profile', ' to ', roleLink(g.to)),
			h('ul', { class: 'meta' },
				h('li', {}, 'Readiness ', bar(g.readiness)),
				h('li', {}, 'Fit ', bar(g.fit)),
				h('li', {}, g.counts.met + ' met, ' + g.counts.partlyMet + ' partly met, ' + g.counts.belowLevel + ' below level, ' + g.counts.missing + ' missing'),
				h('li', {}, g.essentialMissing + ' essential missing')),
			h('p', { class: 'row' },
				link('/paths?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(g.to.id), 'Career paths there', { class: 'button' }),
				link('/plan?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(g.to.id), 'Training plan', { class: 'button secondary' })),
			table(['Capability', 'Priority', 'Status', 'Required', 'Held', 'Why'], order.map(r => [
				capabilityLink(r.capability), tag(words(r.priority), r.priority === 'ESSENTIAL' ? 'essential' : ''),
				tag(words(r.status), STATUS_CLASS[r.status]), number(r.requiredLevel),
				r.heldAs ? h('span', {}, number(r.currentLevel), r.heldAs.id !== r.capability.id ? h('span', {}, ' as ', capabilityLink(r.heldAs), ' (' + words(r.match) + ')') : '') : '–',
				r.explanation
			]), 'Every requirement of the target: essential first, then the largest gap first'),
			h('details', {}, h('summary', {}, 'How readiness was computed'), h('p', {}, g.explanation)));
	}
	catch (failure) {
		show(result, error(refusal(failure)));
	}
}

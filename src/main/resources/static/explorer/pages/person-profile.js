// My profile when signed in as a person: the capabilities held, as the server keeps them (level, evidence, where
// the assessment comes from). Changes are self-assessments saved to the person; earlier ones stay in its history.
import { h, show, status, error, roleLink, capabilityLink, words, link, announce, bar, table } from '../dom.js';
import { query } from '../api.js';
import { autocomplete } from '../autocomplete.js';
import { levelSelect } from './capability.js';
import { refusal } from '../session.js';

const MINE = `{ me { person { id name job { id title }
  holdings { capability { id name kind } level source evidence assessedAt assessedBy } } } }`;

const ASSESS = `mutation assess($input: AssessCapabilityInput!) { assessCapability(input: $input) { errors } }`;

const REMOVE = `mutation remove($input: RemoveHoldingInput!) { removeHolding(input: $input) { errors } }`;

const MATCHING = `query matching($profile: [ProfileCapabilityInput!]!) {
  jobsMatching(profile: $profile, first: 10) {
    candidates
    results { readiness essentialMet essentialTotal job { id title organization { name } } }
  }
}`;

export async function personProfile(main, me, levels) {
	const message = h('div', { 'aria-live': 'polite' });
	const holdingsView = h('div', {});
	const matches = h('section', { 'aria-labelledby': 'fit-heading' });
	let person;
	show(main,
		h('h1', {}, 'My profile'),
		h('p', { class: 'lead' }, 'Signed in as ' + me.person.name + ': your capabilities as the server keeps them. ',
			'What you change here is saved as your self-assessment; earlier assessments stay in your history.'),
		autocomplete({
			label: 'Add a capability', placeholder: 'e.g. networking, ITIL, customer service', roles: false,
			onPick: item => save(item.id, item.name, 3, null)
		}),
		message, holdingsView, matches);

	async function save(capability, name, level, evidence) {
		await write(ASSESS, { person: person.id, capability, level, evidence, source: 'SELF_ASSESSED' },
			'assessCapability', name + ' saved' + (level === null ? '' : ' at level ' + level) + '.');
	}

	async function write(mutation, input, field, done) {
		try {
			const errors = (await query(mutation, { input }))[field].errors;
			if (errors.length) {
				show(message, error(errors.join('; ')));
				return;
			}
			show(message, h('p', { class: 'status' }, done));
			announce(done);
		}
		catch (failure) {
			show(message, error(refusal(failure)));
			return;
		}
		await refresh();
	}

	async function refresh() {
		show(holdingsView, status('Loading your profile…'));
		try {
			person = (await query(MINE)).me.person;
		}
		catch (failure) {
			show(holdingsView, error(refusal(failure)));
			return;
		}
		if (!person.holdings.length) {
			show(holdingsView, h('p', {}, 'Your profile is empty: add the capabilities you hold above.'));
			show(matches);
			return;
		}
		show(holdingsView, table(['Capability', 'Kind', 'Level', 'Evidence', 'Assessed', ''], person.holdings.map(holding => {
			const id = holding.capability.id;
			const select = levelSelect('profile-level-' + id, holding.level, levels);
			select.setAttribute('aria-label', 'Level of ' + holding.capability.name);
			const evidence = h('input', { type: 'text', value: holding.evidence || '', 'aria-label': 'Evidence for ' + holding.capability.name });
			return [capabilityLink(holding.capability), words(holding.capability.kind), select, evidence,
				words(holding.source) + ' by ' + holding.assessedBy + ', ' + holding.assessedAt.slice(0, 10),
				h('span', { class: 'row' },
					h('button', {
						type: 'button', 'aria-label': 'Save ' + holding.capability.name,
						onclick: () => save(id, holding.capability.name, select.value === '' ? null : Number(select.value), evidence.value.trim() || null)
					}, 'Save'),
					h('button', {
						type: 'button', class: 'secondary', 'aria-label': 'Remove ' + holding.capability.name,
						onclick: () => write(REMOVE, { person: person.id, capability: id }, 'removeHolding', holding.capability.name + ' removed.')
					}, 'Remove'))];
		}), 'Your capabilities (' + person.holdings.length + ')'));
		fit(person.holdings);
	}

	async function fit(holdings) {
		show(matches, h('h2', { id: 'fit-heading' }, 'Roles that fit'), status('Computing…'));
		const profile = holdings.map(x => (x.level === null ? { capability: x.capability.id } : { capability: x.capability.id, level: x.level }));
		try {
			const answer = (await query(MATCHING, { profile })).jobsMatching;
			show(matches, h('h2', { id: 'fit-heading' }, 'Roles that fit'),
				person.job ? h('p', {}, 'Your role: ', roleLink(person.job), '.') : null,
				answer.results.length ? table(['Role', 'Readiness', 'Essentials met', ''], answer.results.map(r => [
					roleLink(r.job), bar(r.readiness), r.essentialMet + ' of ' + r.essentialTotal,
					link('/gap?from=profile&to=' + encodeURIComponent(r.job.id), 'Gap', { 'aria-label': 'Gap to ' + r.job.title })
				])) : h('p', {}, 'No role asks for these capabilities.'),
				h('p', {}, link('/paths', 'Where next')));
		}
		catch (failure) {
			show(matches, h('h2', { id: 'fit-heading' }, 'Roles that fit'), error(failure.message));
		}
	}

	await refresh();
}

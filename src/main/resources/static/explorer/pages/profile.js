// My profile: the capabilities I hold with levels, kept in this browser; the roles that fit it best, with readiness.
import { h, show, status, error, roleLink, capabilityLink, words, number, bar, link, announce, table } from '../dom.js';
import { query, proficiencyLevels } from '../api.js';
import { autocomplete } from '../autocomplete.js';
import { levelSelect } from './capability.js';
import * as profiles from '../profile-store.js';
import { viewer } from '../session.js';
import { personProfile } from './person-profile.js';

const MATCHING = `query matching($profile: [ProfileCapabilityInput!]!) {
  jobsMatching(profile: $profile, first: 15) {
    candidates
    results { readiness fit essentialMet essentialTotal job { id title organization { name } }
      missingEssentials(first: 3) { capability { id name } } }
  }
}`;

export async function profile(main) {
	const levels = await proficiencyLevels();
	const me = await viewer();
	if (me.person) {
		// Signed in as a person: the profile is theirs on the server, not this browser's.
		return personProfile(main, me, levels);
	}
	const entriesView = h('div', {});
	const matches = h('section', { 'aria-labelledby': 'fit-heading' });
	show(main,
		h('h1', {}, 'My profile'),
		h('p', { class: 'lead' }, 'The capabilities you hold and how well. Kept in this browser only; it is sent to the server only to compute the answers below.'),
		me.authenticated ? h('p', { class: 'status' }, 'You are signed in as ' + me.username + ', but no person of the organization has that user name, so this profile stays in this browser.')
			: h('p', { class: 'status' }, link('/signin', 'Sign in'), ' to keep your profile on the server with your person.'),
		autocomplete({
			label: 'Add a capability', placeholder: 'e.g. networking, ITIL, customer service', roles: false,
			onPick: item => {
				const list = profiles.load().filter(e => e.capability.id !== item.id);
				list.push({ capability: { id: item.id, name: item.name, kind: item.capability.kind }, level: 3 });
				profiles.save(list);
				announce(item.name + ' added at level 3.');
				refresh();
			}
		}),
		entriesView,
		matches);

	function refresh() {
		const entries = profiles.load();
		if (!entries.length) {
			show(entriesView, h('p', {}, 'Your profile is empty: add the capabilities you hold above.'));
			show(matches);
			return;
		}
		show(entriesView, table(['Capability', 'Kind', 'Level', ''], entries.map(entry => {
			const select = levelSelect('profile-level-' + entry.capability.id, entry.level, levels);
			select.setAttribute('aria-label', 'Level of ' + entry.capability.name);
			select.addEventListener('change', () => {
				const list = profiles.load();
				const found = list.find(e => e.capability.id === entry.capability.id);
				found.level = select.value === '' ? null : Number(select.value);
				profiles.save(list);
				refresh();
			});
			return [capabilityLink(entry.capability), words(entry.capability.kind), select,
				h('button', {
					type: 'button', class: 'secondary', 'aria-label': 'Remove ' + entry.capability.name,
					onclick: () => { profiles.save(profiles.load().filter(e => e.capability.id !== entry.capability.id)); announce(entry.capability.name + ' removed.'); refresh(); }
				}, 'Remove')];
		}), 'Your capabilities (' + entries.length + ')'));
		fit(entries);
	}

	async function fit(entries) {
		show(matches, h('h2', { id: 'fit-heading' }, 'Roles that fit'), status('Computing…'));
		try {
			const answer = (await query(MATCHING, { profile: profiles.asInput(entries) })).jobsMatching;
			show(matches, h('h2', { id: 'fit-heading' }, 'Roles that fit'),
				h('p', { class: 'status' }, answer.candidates + ' roles ask for at least one of your capabilities; the best 15 by readiness.'),
				answer.results.length ? table(['Role', 'Readiness', 'Essentials met', 'Still missing', ''], answer.results.map(r => [
					roleLink(r.job), bar(r.readiness), r.essentialMet + ' of ' + r.essentialTotal,
					r.missingEssentials.map(m => m.capability.name).join(', ') || '–',
					link('/gap?from=profile&to=' + encodeURIComponent(r.job.id), 'Gap', { 'aria-label': 'Gap to ' + r.job.title })
				])) : h('p', {}, 'No role asks for these capabilities.'));
		}
		catch (failure) {
			show(matches, h('h2', { id: 'fit-heading' }, 'Roles that fit'), error(failure.message));
		}
	}

	refresh();
}

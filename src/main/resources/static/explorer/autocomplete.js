// A search box with suggestions, as the WAI-ARIA combobox pattern: type, move with the arrow keys, Enter picks,
// Escape closes. Suggestions are roles and/or capabilities (names and aliases), from the API.
import { h, words } from './dom.js';
import { query } from './api.js';

const SUGGESTIONS = `query suggest($text: String!, $roles: Boolean!, $capabilities: Boolean!) {
  jobs(filter: {text: $text}, first: 8) @include(if: $roles) { edges { node { id title organization { name } } } }
  searchCapabilities(text: $text, first: 8) @include(if: $capabilities) { capability { id name kind aliases } }
}`;

let counter = 0;

/**
 * A labelled combobox. options: label, placeholder, roles (bool), capabilities (bool), onPick(item) where item is
 * {type: 'role'|'capability', id, name, detail, capability?}, onSubmit(text) for Enter without a suggestion.
 */
export function autocomplete(options) {
	const id = 'combo' + (++counter);
	const input = h('input', {
		id: id, type: 'search', role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list',
		'aria-expanded': 'false', 'aria-controls': id + '-list', placeholder: options.placeholder || ''
	});
	const list = h('ul', { id: id + '-list', role: 'listbox', 'aria-label': options.label + ' suggestions', hidden: true });
	const hint = h('span', { id: id + '-hint', class: 'visually-hidden' }, 'Type at least two letters; use the arrow keys to choose a suggestion.');
	input.setAttribute('aria-describedby', id + '-hint');
	let items = [];
	let active = -1;
	let timer;
	let asked = 0;

	function close() {
		list.hidden = true;
		input.setAttribute('aria-expanded', 'false');
		input.removeAttribute('aria-activedescendant');
		active = -1;
	}

	function highlight(index) {
		active = index;
		[...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
		if (index >= 0 && list.children[index]) {
			input.setAttribute('aria-activedescendant', list.children[index].id);
			list.children[index].scrollIntoView({ block: 'nearest' });
		}
		else {
			input.removeAttribute('aria-activedescendant');
		}
	}

	function pick(item) {
		close();
		input.value = options.keepText ? item.name : '';
		options.onPick(item);
	}

	function render() {
		list.replaceChildren(...items.map((item, i) => h('li', {
			id: id + '-option-' + i, role: 'option', 'aria-selected': 'false',
			onmousedown: event => { event.preventDefault(); pick(item); }
		}, item.name, ' ', h('small', {}, item.detail))));
		if (items.length === 0) {
			close();
			return;
		}
		list.hidden = false;
		input.setAttribute('aria-expanded', 'true');
		highlight(-1);
	}

	async function suggest() {
		const text = input.value.trim();
		if (text.length < 2) {
			items = [];
			render();
			return;
		}
		const mine = ++asked;
		try {
			const data = await query(SUGGESTIONS, {
				text: text, roles: options.roles !== false, capabilities: options.capabilities !== false
			});
			if (mine !== asked) {
				return;
			}
			const roles = (data.jobs ? data.jobs.edges : []).map(e => ({
				type: 'role', id: e.node.id, name: e.node.title, detail: 'role · ' + e.node.organization.name
			}));
			const capabilities = (data.searchCapabilities || []).map(m => ({
				type: 'capability', id: m.capability.id, name: m.capability.name, capability: m.capability,
				detail: words(m.capability.kind) + (m.capability.aliases.length ? ' · also ' + m.capability.aliases.slice(0, 2).join(', ') : '')
			}));
			items = [...roles, ...capabilities];
			render();
		}
		catch (failure) {
			items = [];
			render();
		}
	}

	input.addEventListener('input', () => {
		window.clearTimeout(timer);
		timer = window.setTimeout(suggest, 150);
	});
	input.addEventListener('keydown', event => {
		if (event.key === 'ArrowDown' && items.length) {
			event.preventDefault();
			if (list.hidden) {
				render();
			}
			highlight((active + 1) % items.length);
		}
		else if (event.key === 'ArrowUp' && items.length) {
			event.preventDefault();
			highlight(active <= 0 ? items.length - 1 : active - 1);
		}
		else if (event.key === 'Enter') {
			if (active >= 0 && !list.hidden) {
				event.preventDefault();
				pick(items[active]);
			}
			else if (options.onSubmit && input.value.trim()) {
				event.preventDefault();
				close();
				options.onSubmit(input.value.trim());
			}
		}
		else if (event.key === 'Escape') {
			close();
		}
	});
	input.addEventListener('blur', () => window.setTimeout(close, 100));

	return h('div', { class: 'field' },
		h('label', { for: id }, options.label),
		h('div', { class: 'combo' }, input, list),
		hint);
}

// Compare 2 to 10 roles side by side: every capability any of them requires, each role's priority and level for
// it, and how alike each pair is.
import { h, show, status, error, roleLink, capabilityLink, number, percent, link, table } from '../dom.js';
import { query } from '../api.js';
import { autocomplete } from '../autocomplete.js';

const COMPARE = `query compare($ids: [ID!]!) {
  compareJobs(ids: $ids, metric: BLENDED) {
    jobs { id title organization { name } }
    rows { requiredBy capability { id name kind } cells { priority level match } }
    pairs { a { id title } b { id title } score sharedCount }
  }
}`;

export async function compare(main, params) {
	const ids = (params.get('ids') || '').split(',').map(s => s.trim()).filter(Boolean);
	const set = next => { window.location.hash = '#/compare?ids=' + next.map(encodeURIComponent).join(','); };
	const result = h('div', {});
	show(main,
		h('h1', {}, 'Compare roles'),
		h('p', { class: 'lead' }, 'Two to ten roles side by side: what each requires and how alike they are.'),
		ids.length < 10 ? autocomplete({ label: 'Add a role', capabilities: false, onPick: item => set([...ids.filter(i => i !== item.id), item.id]) }) : null,
		ids.length ? h('ul', { class: 'meta' }, ids.map(id => h('li', {}, id, ' ',
			h('button', { type: 'button', class: 'link', 'aria-label': 'Remove ' + id, onclick: () => set(ids.filter(i => i !== id)) }, 'remove')))) : null,
		result);
	if (ids.length < 2) {
		show(result, h('p', {}, 'Add at least two roles.'));
		return;
	}
	show(result, status('Comparing…'));
	try {
		const c = (await query(COMPARE, { ids: ids.map(decodeURIComponent) })).compareJobs;
		const cell = x => x === null ? h('span', { class: 'visually-hidden' }, 'not required')
			: h('span', { title: x.match === 'EXACT' ? '' : x.match }, (x.priority === 'ESSENTIAL' ? 'E' : 'D') + (x.level === null ? '' : ' ' + number(x.level)) + (x.match === 'EXACT' ? '' : '*'));
		show(result,
			h('h2', {}, 'Requirements'),
			h('p', { class: 'status' }, 'E essential, D desirable, then the level 0-7; * met through a linked capability (same concept elsewhere or a close match).'),
			h('div', { class: 'scroll' }, h('table', { class: 'matrix' },
				h('caption', {}, 'Capabilities (rows) by role (columns), most shared first'),
				h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Capability'), c.jobs.map(j => h('th', { scope: 'col' }, roleLink(j))))),
				h('tbody', {}, c.rows.map(row => h('tr', {}, h('th', { scope: 'row' }, capabilityLink(row.capability)), row.cells.map(x => h('td', {}, cell(x)))))))),
			h('h2', {}, 'How alike'),
			table(['Role', 'Role', 'Similarity', 'Shared capabilities'], c.pairs.map(p => [roleLink(p.a), roleLink(p.b), percent(p.score), p.sharedCount])));
	}
	catch (failure) {
		show(result, error(failure.message));
	}
}

// Building the page from data without innerHTML: every text from the graph goes in as a text node, so a job title
// can never become markup.

/** An element: h('a', {href: '#/'}, 'text', child, [more children]). Attributes starting with "on" are listeners. */
export function h(tag, attributes, ...children) {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes || {})) {
		if (value === null || value === undefined || value === false) {
			continue;
		}
		if (name.startsWith('on') && typeof value === 'function') {
			element.addEventListener(name.slice(2), value);
		}
		else if (name === 'class') {
			element.className = value;
		}
		else {
			element.setAttribute(name, value === true ? '' : String(value));
		}
	}
	append(element, children);
	return element;
}

function append(element, children) {
	for (const child of children) {
		if (child === null || child === undefined || child === false) {
			continue;
		}
		if (Array.isArray(child)) {
			append(element, child);
		}
		else {
			element.append(child instanceof Node ? child : document.createTextNode(String(child)));
		}
	}
}

/** Replaces the content of an element. */
export function show(element, ...children) {
	element.replaceChildren();
	append(element, children);
}

/** A link to a route of the explorer. */
export function link(route, text, attributes) {
	return h('a', { href: '#' + route, ...attributes }, text);
}

export function roleLink(job) {
	return link('/role/' + encodeURIComponent(job.id), job.title);
}

export function capabilityLink(capability) {
	return link('/capability/' + encodeURIComponent(capability.id), capability.name);
}

/** A number for people: at most two decimals, no trailing zeros. */
export function number(value) {
	return value === null || value === undefined ? '–' : String(Math.round(value * 100) / 100);
}

export function percent(value) {
	return value === null || value === undefined ? '–' : Math.round(value * 100) + '%';
}

/** A 0-1 value as a bar with its percentage beside it (the bar is decoration; the text says it). */
export function bar(value) {
	const tenth = Math.max(0, Math.min(10, Math.round((value || 0) * 10)));
	return h('span', {}, h('span', { class: 'bar-track', 'aria-hidden': 'true' }, h('span', { class: 'bar w' + tenth })),
		percent(value));
}

/** Words of an enum value: KNOWLEDGE_AREA -> knowledge area. */
export function words(value) {
	return value ? value.toLowerCase().replaceAll('_', ' ') : '';
}

export function tag(text, kind) {
	return h('span', { class: 'tag' + (kind ? ' ' + kind : '') }, text);
}

export function status(text) {
	return h('p', { class: 'status', role: 'status' }, text);
}

export function error(text) {
	return h('p', { class: 'error', role: 'alert' }, text);
}

/** Says something to screen-reader users without moving their focus. */
export function announce(text) {
	const announcer = document.getElementById('announcer');
	announcer.textContent = '';
	window.setTimeout(() => { announcer.textContent = text; }, 50);
}

/** A table with a header row; cells are text or nodes. */
export function table(headers, rows, caption) {
	return h('div', { class: 'scroll' }, h('table', {},
		caption ? h('caption', {}, caption) : null,
		h('thead', {}, h('tr', {}, headers.map(title => h('th', { scope: 'col' }, title)))),
		h('tbody', {}, rows.map(cells => h('tr', {}, cells.map(cell => h('td', {}, cell)))))));
}

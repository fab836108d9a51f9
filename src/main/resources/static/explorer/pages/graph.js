// A role's neighbourhood as a graph (Cytoscape.js, served from a webjar): what it requires, the roles most like it,
// its ladder and its nearest standard occupations. Every node is also listed as a link below the drawing, so the
// same content is there for keyboard and screen-reader users.
import { h, show, status, error, roleLink, capabilityLink, link, percent } from '../dom.js';
import { query } from '../api.js';

const NEIGHBOURHOOD = `query neighbourhood($id: ID!, $similar: Int!) {
  job(id: $id) {
    id title
    requirements { priority capability { id name } }
    progressesTo { job { id title } }
    progressesFrom { job { id title } }
    closestOccupations { score occupation { id title } }
  }
  similarJobs(to: $id, first: $similar) { results { score job { id title } } }
}`;

const COLOURS = { role: '#0b5cad', capability: '#1a7f37', similar: '#8250df', occupation: '#bc4c00', ladder: '#14324f' };

export async function graph(main, params, id) {
	const similarCount = Math.max(1, Math.min(100, Number(params.get("similar")) || 8));
	show(main, status('Loading the neighbourhood…'));
	let data;
	const asked = performance.now();
	try {
		data = await query(NEIGHBOURHOOD, { id, similar: similarCount });
	}
	catch (failure) {
		show(main, h('h1', {}, 'Graph view'), error(failure.message));
		return;
	}
	const job = data.job;
	if (!job) {
		show(main, h('h1', {}, 'Role not found'), h('p', {}, link('/', 'Search')));
		return;
	}
	const nodes = new Map();
	const edges = [];
	const node = (key, label, kind, route) => {
		if (!nodes.has(key)) {
			nodes.set(key, { data: { id: key, label, kind, route } });
		}
	};
	const edge = (from, to, label) => edges.push({ data: { id: 'e' + edges.length, source: from, target: to, label } });
	const roleRoute = x => '/role/' + encodeURIComponent(x.id);
	node('job:' + job.id, job.title, 'role', roleRoute(job));
	job.requirements.forEach(r => {
		node('cap:' + r.capability.id, r.capability.name, 'capability', '/capability/' + encodeURIComponent(r.capability.id));
		edge('job:' + job.id, 'cap:' + r.capability.id, r.priority === 'ESSENTIAL' ? 'essential' : 'desirable');
	});
	job.progressesTo.forEach(c => { node('job:' + c.job.id, c.job.title, 'ladder', roleRoute(c.job)); edge('job:' + job.id, 'job:' + c.job.id, 'leads to'); });
	job.progressesFrom.forEach(c => { node('job:' + c.job.id, c.job.title, 'ladder', roleRoute(c.job)); edge('job:' + c.job.id, 'job:' + job.id, 'leads to'); });
	job.closestOccupations.forEach(m => { node('job:' + m.occupation.id, m.occupation.title, 'occupation', roleRoute(m.occupation)); edge('job:' + job.id, 'job:' + m.occupation.id, 'closest ' + percent(m.score)); });
	data.similarJobs.results.forEach(r => { node('job:' + r.job.id, r.job.title, 'similar', roleRoute(r.job)); edge('job:' + job.id, 'job:' + r.job.id, 'similar ' + percent(r.score)); });

	const drawing = h('div', { id: 'graph', role: 'img', 'aria-label': 'Graph of ' + job.title + ' and its ' + (nodes.size - 1) + ' neighbours; listed below' });
	const listed = kind => [...nodes.values()].filter(n => n.data.kind === kind).map(n => h('li', {}, link(n.data.route, n.data.label)));
	show(main,
		h('h1', {}, 'Neighbourhood of ', roleLink(job)),
		h('ul', { class: 'legend', 'aria-label': 'Legend' }, Object.keys(COLOURS).map(kind => h('li', {}, h('span', { class: kind, 'aria-hidden': 'true' }), kind === 'role' ? 'this role' : kind === 'ladder' ? 'career ladder' : kind === 'occupation' ? 'nearest standard occupation' : kind === 'similar' ? 'similar role' : 'required capability'))),
		h('p', { class: 'row' }, h('label', { for: 'similar-count' }, 'Similar roles shown'),
			h('input', { id: 'similar-count', type: 'text', inputmode: 'numeric', size: 3, value: similarCount,
				onchange: event => { window.location.hash = '#/graph/' + encodeURIComponent(job.id) + '?similar=' + encodeURIComponent(event.target.value); } })),
		drawing,
		h('p', { class: 'status', id: 'graph-status' }, nodes.size + ' nodes, ' + edges.length + ' links. Select a node to open it.'),
		h('h2', {}, 'Required capabilities'), h('ul', {}, listed('capability')),
		h('h2', {}, 'Related roles'), h('ul', {}, listed('ladder'), listed('similar'), listed('occupation')));
	if (typeof window.cytoscape !== 'function') {
		drawing.replaceChildren(error('The graph library did not load.'));
		return;
	}
	const started = performance.now();
	const cy = window.cytoscape({
		container: drawing,
		elements: { nodes: [...nodes.values()], edges },
		// Rings: the role in the middle, related roles around it, its requirements outside.
		layout: { name: 'concentric', animate: false, minNodeSpacing: 28, avoidOverlap: true,
			concentric: n => (n.data('kind') === 'role' ? 3 : n.data('kind') === 'capability' ? 1 : 2), levelWidth: () => 1 },
		style: [
			{ selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 110, width: 14, height: 14, color: '#1b1f24' } },
			...Object.entries(COLOURS).map(([kind, colour]) => ({ selector: 'node[kind = "' + kind + '"]', style: { 'background-color': colour } })),
			{ selector: 'node[kind = "role"]', style: { width: 26, height: 26, 'font-weight': 'bold', 'font-size': 12 } },
			{ selector: 'edge', style: { width: 1, 'line-color': '#9aa4ae', 'curve-style': 'haystack' } }
		],
		minZoom: 0.2, maxZoom: 3
	});
	cy.on('tap', 'node', event => { window.location.hash = '#' + event.target.data('route'); });
	// What the explorer's benchmark reads: the query's time and the drawing's.
	drawing.dataset.queryMs = String(Math.round(started - asked));
	drawing.dataset.renderedMs = String(Math.round(performance.now() - started));
	drawing.dataset.nodes = String(cy.nodes().length);
}

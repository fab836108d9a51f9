// The explorer's shell: a hash router (#/role/<id>, #/capability/<id>, #/profile, #/gap, #/compare, #/graph/<id>,
// #/paths, #/plan, #/signin, #/teams, #/team/<id>, #/heatmap/<id>, #/bench) that renders a page into <main> and
// moves the focus to its heading, as a page load would; and the header's sign-in state and the navigation the
// viewer's roles may use.
import { h, show, error, link, announce } from './dom.js';
import { viewer, signOut, roleName } from './session.js';
import { signin } from './pages/signin.js';
import { teams, team, heatMap } from './pages/teams.js';
import { bench } from './pages/bench.js';
import { home } from './pages/home.js';
import { role } from './pages/role.js';
import { capability } from './pages/capability.js';
import { profile } from './pages/profile.js';
import { gap } from './pages/gap.js';
import { compare } from './pages/compare.js';
import { graph } from './pages/graph.js';
import { paths } from './pages/paths.js';
import { plan } from './pages/plan.js';

const ROUTES = [
	[/^\/?$/, home, 'Search'],
	[/^\/role\/(.+)$/, role, 'Role'],
	[/^\/capability\/(.+)$/, capability, 'Capability'],
	[/^\/profile$/, profile, 'My profile'],
	[/^\/gap$/, gap, 'Gap'],
	[/^\/compare$/, compare, 'Compare roles'],
	[/^\/graph\/(.+)$/, graph, 'Graph view'],
	[/^\/paths$/, paths, 'Career paths'],
	[/^\/plan$/, plan, 'Training plan'],
	[/^\/signin$/, signin, 'Sign in'],
	[/^\/teams$/, teams, 'Teams'],
	[/^\/team\/(.+)$/, team, 'Team'],
	[/^\/heatmap\/(.+)$/, heatMap, 'Heat map'],
	[/^\/bench$/, bench, 'Bench strength']
];

/** The header: who is signed in, with a sign-out button, or a sign-in link; navigation for the viewer's roles. */
async function header() {
	const me = await viewer();
	for (const item of document.querySelectorAll('[data-roles]')) {
		item.hidden = !me.roles.some(role => item.dataset.roles.split(' ').includes(role));
	}
	const account = document.getElementById('account');
	if (!me.authenticated) {
		delete document.body.dataset.viewer;
		show(account, link('/signin', 'Sign in'));
		return;
	}
	show(account, h('span', { class: 'who' }, (me.person ? me.person.name : me.username) + ' · ' + roleName(me)),
		h('button', {
			type: 'button', class: 'secondary', onclick: async () => {
				await signOut();
				announce('Signed out.');
				await header();
				window.location.hash = '#/';
				render();
			}
		}, 'Sign out'));
	document.body.dataset.viewer = me.username;
}

async function render() {
	const main = document.getElementById('main');
	const hash = window.location.hash.replace(/^#/, '') || '/';
	const [path, search] = hash.split('?');
	const params = new URLSearchParams(search || '');
	const found = ROUTES.map(([pattern, page, title]) => [path.match(pattern), page, title]).find(([match]) => match);
	if (!found) {
		show(main, h('h1', {}, 'Page not found'), h('p', {}, 'Nothing here. ', link('/', 'Search')));
		focusHeading(main);
		return;
	}
	const [match, page, title] = found;
	document.title = title + ' · Competency Graph';
	try {
		await page(main, params, match[1] ? decodeURIComponent(match[1]) : undefined);
	}
	catch (failure) {
		show(main, h('h1', {}, title), error(failure.message));
	}
	const heading = main.querySelector('h1');
	if (heading && heading.textContent) {
		document.title = heading.textContent + ' · Competency Graph';
	}
	focusHeading(main);
	document.body.dataset.page = title;
	document.body.dataset.ready = String(Date.now());
}

function focusHeading(main) {
	const heading = main.querySelector('h1');
	if (heading) {
		heading.setAttribute('tabindex', '-1');
		heading.focus({ preventScroll: false });
	}
}

window.addEventListener('hashchange', render);
document.addEventListener('viewer-changed', header);
header().then(render);

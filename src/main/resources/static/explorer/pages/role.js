// A role: what it is, what it requires (by kind and priority, each with where it comes from), where it leads, the
// standard occupations nearest to it and the roles most like it.
import { h, show, status, error, roleLink, capabilityLink, number, percent, tag, link, table, words } from '../dom.js';
import { query } from '../api.js';

const ROLE = `query role($id: ID!) {
  job(id: $id) {
    id title aliases code department grade summary detailedProfile effectiveDate
    organization { name } family { name }
    responsibilityLevel { level inferred basis }
    source { document title url }
    requirements {
      capability { id name kind } priority priorityText level levelText importance criterion derivedFromDuty
      inheritedFrom { id title } provenance { document section text }
    }
    progressesTo { job { id title } track conditions }
    progressesFrom { job { id title } track conditions }
    duties(first: 12) { text }
    dutyCount
    closestOccupations { framework score occupation { id title code } evidence }
  }
}`;

const SIMILAR = `query similar($id: ID!) {
  similarJobs(to: $id, first: 10) { results { score job { id title organization { name } } parts { name score } } }
}`;

const KINDS = { SKILL: 'Skills', KNOWLEDGE_AREA: 'Knowledge areas', ABILITY: 'Abilities', COMPETENCY: 'Competencies', QUALIFICATION: 'Qualifications' };

export async function role(main, params, id) {
	show(main, status('Loading the role…'));
	let job;
	try {
		job = (await query(ROLE, { id })).job;
	}
	catch (failure) {
		show(main, h('h1', {}, 'Role'), error(failure.message));
		return;
	}
	if (!job) {
		show(main, h('h1', {}, 'Role not found'), h('p', {}, 'No role has the id “' + id + '”. ', link('/', 'Search')));
		return;
	}
	const similar = h('section', { 'aria-labelledby': 'similar-heading' }, h('h2', { id: 'similar-heading' }, 'Similar roles'), status('Loading…'));
	show(main,
		h('h1', {}, job.title),
		h('ul', { class: 'meta' },
			h('li', {}, job.organization.name),
			job.family ? h('li', {}, job.family.name) : null,
			job.code ? h('li', {}, 'Code ' + job.code) : null,
			job.grade ? h('li', {}, 'Grade ' + job.grade) : null,
			job.responsibilityLevel ? h('li', { title: job.responsibilityLevel.basis || '' },
				'Responsibility level ' + job.responsibilityLevel.level + (job.responsibilityLevel.inferred ? ' (inferred)' : '')) : null),
		job.summary ? h('p', {}, job.summary) : null,
		h('p', { class: 'row' },
			link('/gap?to=' + encodeURIComponent(job.id), 'My gap to this role', { class: 'button' }),
			link('/paths?from=' + encodeURIComponent(job.id), 'Where it leads', { class: 'button secondary' }),
			link('/graph/' + encodeURIComponent(job.id), 'Graph view', { class: 'button secondary' }),
			link('/compare?ids=' + encodeURIComponent(job.id), 'Compare with other roles', { class: 'button secondary' })),
		requirements(job),
		duties(job),
		ladder(job),
		occupations(job),
		similar,
		job.source ? h('p', { class: 'status' }, 'Source: ', job.source.url ? h('a', { href: job.source.url, rel: 'noopener noreferrer' }, job.source.title || job.source.document) : (job.source.title || job.source.document)) : null);
	try {
		const results = (await query(SIMILAR, { id })).similarJobs.results;
		show(similar, h('h2', { id: 'similar-heading' }, 'Similar roles'),
			results.length ? table(['Role', 'Organization', 'Similarity', 'Parts'], results.map(r => [
				roleLink(r.job), r.job.organization.name, h('span', {}, percent(r.score)),
				r.parts.filter(p => p.score !== null).map(p => p.name + ' ' + number(p.score)).join(', ')
			]), 'The ten roles most like this one (requirements, duties and title blended)') : h('p', {}, 'None.'));
	}
	catch (failure) {
		show(similar, h('h2', { id: 'similar-heading' }, 'Similar roles'), error(failure.message));
	}
}

function requirements(job) {
	if (!job.requirements.length) {
		return h('section', {}, h('h2', {}, 'Requirements'), h('p', {}, job.detailedProfile ? 'None stated.' : 'Its source gives no profile for this role.'));
	}
	const groups = Object.keys(KINDS).map(kind => [kind, job.requirements.filter(r => r.capability.kind === kind)]).filter(([, list]) => list.length);
	return h('section', { 'aria-labelledby': 'requirements-heading' },
		h('h2', { id: 'requirements-heading' }, 'Requirements (' + job.requirements.length + ')'),
		groups.map(([kind, list]) => h('div', {},
			h('h3', {}, KINDS[kind] + ' (' + list.length + ')'),
			table(['Capability', 'Priority', 'Level', 'Where it comes from'],
				[...list].sort((a, b) => (a.priority === b.priority ? a.capability.name.localeCompare(b.capability.name) : a.priority === 'ESSENTIAL' ? -1 : 1))
					.map(r => [
						capabilityLink(r.capability),
						tag(words(r.priority), r.priority === 'ESSENTIAL' ? 'essential' : ''),
						r.level === null ? (r.levelText || '–') : number(r.level) + (r.levelText ? ' (' + r.levelText + ')' : ''),
						provenance(r)
					])))));
}

function provenance(requirement) {
	const p = requirement.provenance;
	const where = [p.document, p.section].filter(Boolean).join(' · ');
	const notes = [];
	if (requirement.inheritedFrom) {
		notes.push(h('span', {}, 'Inherited from ', roleLink(requirement.inheritedFrom)));
	}
	if (requirement.derivedFromDuty) {
		notes.push(h('span', {}, 'Derived from a duty'));
	}
	if (!p.text && !where) {
		return notes.length ? notes : '–';
	}
	return h('details', { class: 'provenance' },
		h('summary', { title: p.text || where }, where || 'Source text'),
		p.text ? h('blockquote', {}, p.text) : null,
		requirement.criterion ? h('p', {}, 'Criterion: ' + requirement.criterion) : null,
		notes);
}

function duties(job) {
	if (!job.duties.length) {
		return null;
	}
	return h('section', {}, h('h2', {}, 'What the role does'),
		h('ul', {}, job.duties.map(d => h('li', {}, d.text))),
		job.dutyCount > job.duties.length ? h('p', { class: 'status' }, (job.dutyCount - job.duties.length) + ' more duties not shown.') : null);
}

function ladder(job) {
	if (!job.progressesTo.length && !job.progressesFrom.length) {
		return null;
	}
	const step = (c, direction) => h('li', {}, direction, roleLink(c.job), c.track ? ' (' + c.track + ' track)' : '',
		c.conditions ? h('span', {}, ' — ' + c.conditions) : '');
	return h('section', {}, h('h2', {}, 'Career ladder'),
		h('ul', {}, job.progressesFrom.map(c => step(c, 'Comes from ')), job.progressesTo.map(c => step(c, 'Leads to '))));
}

function occupations(job) {
	if (!job.closestOccupations.length) {
		return null;
	}
	return h('section', {}, h('h2', {}, 'Nearest standard occupations'),
		table(['Occupation', 'Framework', 'Score', 'Evidence'], job.closestOccupations.map(m => [
			roleLink(m.occupation), m.framework === 'onet' ? 'O*NET ' + (m.occupation.code || '') : 'ESCO', percent(m.score),
			h('ul', {}, m.evidence.slice(0, 3).map(e => h('li', {}, e)))
		]), 'The crosswalk: closest O*NET and ESCO occupations, with the evidence'));
}

"""Writes check/state-agency-infrastructure-engineer.pdf: a fictitious Australian state agency's role description for
an infrastructure engineer (Clerk Grade 9/10), written for issue 15's twenty-first round in the style of NSW public
sector role descriptions, as a text PDF (Helvetica, bold headings, tables drawn as text placed in columns, cells
wrapped within their column): the header table (cluster, agency, division/branch/unit, role number, classification,
ANZSCO and PCAT codes, date of approval, agency website), "Agency overview", "Primary purpose of the role", numbered
"Key accountabilities", "Key challenges", "Key relationships" (a Who / Why table), "Role dimensions" (decision making,
reporting line, direct reports, budget/expenditure), "Essential requirements", then "Capabilities for the role": the
capability summary (group / capability name / level, focus capabilities marked with an asterisk), the focus
capabilities with their behavioural indicators, and the occupation specific capabilities (SFIA skills with their
codes and levels). No library needed. Run from this folder: python3 state-agency-infrastructure-engineer.py"""
import textwrap

import minimal_pdf

# A row is (style, cells): one cell spans the page; several cells are a table row, each cell (text, x, width in
# characters, font).
B, R = 'F2', 'F1'

HEADER = [
    ('Cluster', 'Education and Skills'),
    ('Agency', 'Western Rivers Skills Institute'),
    ('Division/Branch/Unit', 'Corporate Services / Information and Communications Technology / Infrastructure and '
                             'Operations'),
    ('Role number', 'WRSI-ICT-0417'),
    ('Classification/Grade/Band', 'Clerk Grade 9/10'),
    ('ANZSCO Code', '262113'),
    ('PCAT Code', '1226392'),
    ('Date of Approval', '14 October 2026'),
    ('Agency Website', 'www.westernriversskills.nsw.gov.au'),
]

ROWS = [('T', 'Role Description'), ('T', 'Infrastructure Engineer'), ('S', '')]
ROWS += [('C', [(label, 50, 30, B), (value, 220, 62, R)]) for label, value in HEADER]
ROWS += [
    ('S', ''),
    ('H', 'Agency overview'),
    ('P', 'The Western Rivers Skills Institute is the public provider of vocational education and training for western '
          'New South Wales. Each year around 38,000 students, many of them school students and apprentices under '
          '18, study with us at 14 campuses, in connected learning centres and online. Our 1,900 staff are guided '
          'by our values of Respect, Integrity, Service and Excellence.'),
    ('P', 'The Information and Communications Technology branch delivers and supports the networks, systems and '
          'devices that our students, teachers and corporate staff rely on every day, from the Dubbo and Orange data '
          'centres to the smallest connected learning centre.'),
    ('S', ''),
    ('H', 'Primary purpose of the role'),
    ('P', 'The Infrastructure Engineer builds, maintains and supports the Institute\'s Windows server, VMware '
          'virtualisation, storage and network infrastructure, so that campus and corporate services are secure, '
          'reliable and available when students and staff need them.'),
    ('S', ''),
    ('H', 'Key accountabilities'),
    ('N', 'Administer, maintain and patch the Windows Server, Active Directory and VMware vSphere environments in the '
          'Dubbo and Orange data centres in line with Institute standards.'),
    ('N', 'Configure and support the campus LAN, WAN and wireless networks, switches, firewalls and remote access, '
          'working with the network carrier to resolve faults.'),
    ('N', 'Resolve incidents escalated from the Service Desk as the third level of support, investigate their root '
          'causes and restore services within agreed service levels.'),
    ('N', 'Monitor the capacity, performance and availability of servers, storage and networks, and report trends '
          'and risks to the ICT Infrastructure Manager.'),
    ('N', 'Plan, test and implement changes and upgrades through the Institute\'s change management process, and keep '
          'configuration records, technical documentation and runbooks up to date.'),
    ('N', 'Manage backups and restore testing for infrastructure services and take part in the annual disaster '
          'recovery test.'),
    ('N', 'Apply the Institute\'s cyber security controls and the requirements of the NSW Cyber Security Policy to '
          'the infrastructure, including hardening and the remediation of vulnerabilities.'),
    ('N', 'Contribute technical expertise to infrastructure projects, including the migration of workloads to '
          'Microsoft Azure.'),
    ('N', 'Share knowledge with and coach less experienced members of the Infrastructure and Operations team.'),
    ('S', ''),
    ('H', 'Key challenges'),
    ('L', 'Keeping ageing campus infrastructure secure and available while it is modernised and services move to the '
          'cloud, with short maintenance windows outside teaching hours.'),
    ('L', 'Balancing planned project work against unplanned incidents in a small team that supports campuses spread '
          'across a large region.'),
    ('S', ''),
    ('H', 'Key relationships'),
    ('C', [('Who', 50, 34, B), ('Why', 240, 58, B)]),
    ('C', [('Internal', 50, 34, B)]),
    ('C', [('ICT Infrastructure Manager', 50, 34, R),
           ('Receive direction, report on progress and escalate issues and risks', 240, 58, R)]),
    ('C', [('Infrastructure and Operations team', 50, 34, R),
           ('Work together on operations and projects, and share knowledge and expertise', 240, 58, R)]),
    ('C', [('Service Desk and campus ICT officers', 50, 34, R),
           ('Take escalated incidents and give technical guidance to resolve them', 240, 58, R)]),
    ('C', [('Teaching and corporate staff', 50, 34, R),
           ('Understand their needs and explain the impact of changes and outages', 240, 58, R)]),
    ('C', [('External', 50, 34, B)]),
    ('C', [('Vendors, the network carrier and managed service providers', 50, 34, R),
           ('Manage service delivery, raise and resolve faults and check work against contracts', 240, 58, R)]),
    ('C', [('Cyber Security NSW', 50, 34, R),
           ('Report security incidents and receive threat advice', 240, 58, R)]),
    ('S', ''),
    ('H', 'Role dimensions'),
    ('B', 'Decision making'),
    ('P', 'The role makes decisions on the day-to-day operation of the infrastructure within approved standards and '
          'the change management process, and refers decisions with significant risk, cost or impact on campuses '
          'to the ICT Infrastructure Manager.'),
    ('B', 'Reporting line'),
    ('P', 'ICT Infrastructure Manager'),
    ('B', 'Direct reports'),
    ('P', 'Nil'),
    ('B', 'Budget/Expenditure'),
    ('P', 'Nil'),
    ('S', ''),
    ('H', 'Essential requirements'),
    ('L', 'Tertiary qualification in Information and Communications Technology or a related discipline, or '
          'equivalent relevant experience.'),
    ('L', 'Demonstrated experience administering Windows Server and VMware vSphere environments in an enterprise '
          'setting.'),
    ('L', 'A current Class C driver licence and willingness to travel to regional campuses.'),
    ('L', 'A current Working With Children Check clearance.'),
    ('S', ''),
    ('H', 'Capabilities for the role'),
    ('P', 'The NSW Public Sector Capability Framework applies to all NSW public sector employees. The Capability '
          'Framework is available at www.psc.nsw.gov.au/capabilityframework'),
    ('B', 'Capability summary'),
    ('P', 'Below is the full list of capabilities and the level required for this role. The capabilities marked * '
          'are the focus capabilities for this role. Refer to the next section for further information about the '
          'focus capabilities.'),
    ('C', [('Capability group/sets', 50, 26, B), ('Capability name', 200, 44, B), ('Level', 440, 20, B)]),
]
SUMMARY = [
    ('Personal Attributes', 'Display Resilience and Courage', 'Intermediate'),
    ('Personal Attributes', 'Act with Integrity', 'Intermediate'),
    ('Personal Attributes', 'Manage Self *', 'Adept'),
    ('Personal Attributes', 'Value Diversity and Inclusion', 'Foundational'),
    ('Relationships', 'Communicate Effectively *', 'Intermediate'),
    ('Relationships', 'Commit to Customer Service *', 'Adept'),
    ('Relationships', 'Work Collaboratively', 'Intermediate'),
    ('Relationships', 'Influence and Negotiate', 'Foundational'),
    ('Results', 'Deliver Results', 'Intermediate'),
    ('Results', 'Plan and Prioritise', 'Intermediate'),
    ('Results', 'Think and Solve Problems *', 'Adept'),
    ('Results', 'Demonstrate Accountability', 'Intermediate'),
    ('Business Enablers', 'Finance', 'Foundational'),
    ('Business Enablers', 'Technology *', 'Adept'),
    ('Business Enablers', 'Procurement and Contract Management', 'Intermediate'),
    ('Business Enablers', 'Project Management', 'Intermediate'),
]
ROWS += [('C', [(group, 50, 26, R), (name, 200, 44, R), (level, 440, 20, R)]) for group, name, level in SUMMARY]
ROWS += [
    ('S', ''),
    ('B', 'Focus capabilities'),
    ('P', 'The focus capabilities for the role are the capabilities in which occupants must demonstrate immediate '
          'competence. The behavioural indicators provide examples of the types of behaviours that would be expected '
          'at that level and should be reviewed in conjunction with the role\'s key accountabilities.'),
    ('C', [('Group and capability', 50, 24, B), ('Level', 190, 12, B), ('Behavioural indicators', 270, 56, B)]),
    ('C', [('Personal Attributes: Manage Self', 50, 24, R), ('Adept', 190, 12, R),
           ('Look for and take advantage of opportunities to learn new skills and develop strengths; show '
            'commitment to achieving challenging goals; keep calm under pressure and in challenging situations', 270,
            56, R)]),
    ('C', [('Relationships: Communicate Effectively', 50, 24, R), ('Intermediate', 190, 12, R),
           ('Focus on key points and speak in plain English; clearly explain and present ideas and arguments; '
            'listen to others to gain an understanding and ask appropriate, respectful questions; prepare written '
            'material that is well structured and easy to follow', 270, 56, R)]),
    ('C', [('Relationships: Commit to Customer Service', 50, 24, R), ('Adept', 190, 12, R),
           ('Take responsibility for delivering high-quality customer-focused services; understand customer '
            'perspectives and ask questions to identify needs; find opportunities to work with customers to improve '
            'service outcomes', 270, 56, R)]),
    ('C', [('Results: Think and Solve Problems', 50, 24, R), ('Adept', 190, 12, R),
           ('Research and analyse information, identify interrelationships and make recommendations based on '
            'relevant evidence; anticipate, identify and address issues and potential problems; participate in and '
            'contribute to team or unit initiatives to resolve common issues or barriers to effectiveness', 270, 56,
            R)]),
    ('C', [('Business Enablers: Technology', 50, 24, R), ('Adept', 190, 12, R),
           ('Identify opportunities to use a broad range of technologies to improve how work is done; apply '
            'policies and procedures on information and cyber security and the appropriate use of technology; '
            'support the operation and development of ICT systems to meet business needs', 270, 56, R)]),
    ('S', ''),
    ('B', 'Occupation specific capability set'),
    ('P', 'ICT Capability Framework. The role also requires the following skills of the ICT Capability Framework, '
          'which is based on the Skills Framework for the Information Age (SFIA), at the levels shown.'),
    ('C', [('Category and sub-category', 50, 28, B), ('Skill', 210, 34, B), ('Level and code', 400, 24, B)]),
]
SFIA = [
    ('Delivery and Operation - Technology management', 'IT Infrastructure', 'Level 4 - ITOP'),
    ('Delivery and Operation - Technology management', 'Network Support', 'Level 4 - NTAS'),
    ('Delivery and Operation - Technology management', 'Storage Management', 'Level 3 - STMG'),
    ('Delivery and Operation - Service management', 'Problem Management', 'Level 4 - PBMG'),
    ('Delivery and Operation - Security services', 'Security Operations', 'Level 3 - SCAD'),
]
ROWS += [('C', [(category, 50, 28, R), (skill, 210, 34, R), (level, 400, 24, R)]) for category, skill, level in SFIA]
ROWS += [
    ('S', ''),
    ('P', 'The People Management capabilities do not apply to this role, which has no direct reports.'),
]


layout = minimal_pdf.Pages(bottom=50)
number = 0

for style, content in ROWS:
    if style == 'C':
        layout.row(content)
        continue
    font, size, indent, width = {'T': ('F2', 16, 0, 60), 'H': ('F2', 13, 0, 70), 'B': ('F2', 10, 0, 90),
                                 'P': ('F1', 10, 0, 100), 'L': ('F1', 10, 14, 92), 'N': ('F1', 10, 18, 90),
                                 'S': ('F1', 6, 0, 100)}[style]
    wrapped = textwrap.wrap(content, width) or ['']
    layout.room(len(wrapped) * (size + 4))
    if style == 'N':
        number += 1
    for i, text in enumerate(wrapped):
        if i == 0 and style == 'L':
            layout.line('F1', 10, 50, '\u2022')
        if i == 0 and style == 'N':
            layout.line('F1', 10, 50, f'{number}.')
        layout.line(font, size, 50 + indent, text)
        layout.y -= size + 4
layout.write('../check/state-agency-infrastructure-engineer.pdf', 'cp1252')

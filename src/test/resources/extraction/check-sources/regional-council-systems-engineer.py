"""Writes check/regional-council-systems-engineer.docx: a fictitious New Zealand regional council's position
description (issue 15, the lead's held-out document of stop 38), a Systems Engineer in the council's Digital
Services team, laid out as New Zealand councils' Word position descriptions are: a position table (title, group,
team, reports to, direct reports, location, salary band, date), "Our organisation" with the council's values and its
commitment to Te Tiriti o Waitangi, "Purpose of the position", "Key accountabilities" as a table of accountability
and expected outcomes, "Health, safety and wellbeing" responsibilities, "Key relationships" as a table of internal and
external relationships, "Person specification" as a table with an essential and a desirable column per area
(qualifications, experience, knowledge and skills, personal attributes), "Delegations" and a closing note that the
description may change. Run from check-sources: python3 regional-council-systems-engineer.py"""

from minimal_docx import Document

doc = Document()
para = doc.para
table = doc.table

para('Position Description', 'Title')
table([
    ['Position title', 'Systems Engineer'],
    ['Group', 'Corporate Services'],
    ['Team', 'Digital Services – Infrastructure and Operations'],
    ['Reports to', 'Infrastructure and Operations Team Leader'],
    ['Direct reports', 'Nil'],
    ['Location', 'Whakatipu House, Ōtāwhiri (with occasional travel to area offices)'],
    ['Salary band', 'Band 14'],
    ['Date', 'November 2026'],
])
para('Our organisation', 'Heading1')
para('Te Kaunihera ā-Rohe o Pūrākau – Pūrākau Regional Council looks after the land, rivers, air and coast of the '
     'Pūrākau region on behalf of its 240,000 people. Our 620 staff work from five offices on flood protection, '
     'biosecurity, public transport, resource consents and environmental monitoring.')
para('Our values are Manaakitanga (we care for people), Kaitiakitanga (we look after our environment), '
     'Whanaungatanga (we work together) and Pono (we act with integrity). We expect every member of our team to live '
     'these values in their work.')
para('We are committed to Te Tiriti o Waitangi and to building strong relationships with tangata whenua. All staff are '
     'supported to grow their understanding of te reo Māori and tikanga Māori.')
para('Purpose of the position', 'Heading1')
para("The Systems Engineer keeps the Council's server, storage, virtualisation and backup platforms secure, available "
     "and performing well, so that staff in the field and in our offices can rely on the systems they need. The role "
     "is the technical escalation point for the Service Desk on infrastructure matters and contributes to the "
     "Council's move to cloud services.")
para('Key accountabilities', 'Heading1')
table([
    ['Key accountability', 'Expected outcomes'],
    ['Infrastructure operations',
     'Windows Server, VMware vSphere and storage platforms are installed, configured, patched and maintained to agreed standards.\n'
     'Backups of servers and Microsoft 365 data run successfully and restores are tested every quarter.\n'
     'System performance, capacity and availability are monitored and issues are acted on before they affect users.'],
    ['Support and incident management',
     'Escalated incidents and service requests are resolved within agreed service levels.\n'
     'Root causes of recurring problems are investigated and permanent fixes put in place.\n'
     'Changes are planned, tested and carried out through the change management process.'],
    ['Cloud and identity',
     'Microsoft Azure and Microsoft 365 services are administered securely and cost-effectively.\n'
     'User accounts, groups and access rights in Active Directory and Entra ID are managed in line with policy.'],
    ['Security',
     "Security controls, patching and vulnerability remediation keep the Council's systems protected.\n"
     'Security events are reported and responded to in line with the incident response plan.'],
    ['Documentation and continuous improvement',
     'System documentation, diagrams and procedures are complete and current.\n'
     'Opportunities to automate routine tasks and improve services are identified and delivered.'],
    ['Vendor management',
     'Vendors and service providers deliver to their contracts and escalations are managed effectively.'],
])
para('Health, safety and wellbeing', 'Heading1')
para('Take reasonable care of your own health and safety and that of others in the workplace.', 'ListBullet')
para("Follow the Council's health and safety policies and procedures, and report all hazards, incidents and near misses.", 'ListBullet')
para('Key relationships', 'Heading1')
table([
    ['Internal', 'External'],
    ['Infrastructure and Operations Team Leader\nService Desk and Applications teams\nStaff across all groups',
     'Vendors and managed service providers\nOther councils’ ICT teams\nCentral government agencies'],
])
para('Person specification', 'Heading1')
table([
    ['', 'Essential', 'Desirable'],
    ['Qualifications',
     'A tertiary qualification in information technology, or equivalent practical experience',
     'Microsoft Azure Administrator (AZ-104) or VMware VCP certification\nITIL Foundation certificate'],
    ['Experience',
     'At least four years’ experience administering Windows server and VMware environments\n'
     'Experience with backup and recovery solutions such as Veeam',
     'Experience in local government or a similar public sector organisation\n'
     'Experience with PowerShell scripting and automation'],
    ['Knowledge and skills',
     'Sound knowledge of networking fundamentals, including TCP/IP, DNS, DHCP and firewalls\n'
     'Good understanding of information security principles\n'
     'Strong troubleshooting and analytical skills\n'
     'Ability to write clear technical documentation',
     'Knowledge of Microsoft Azure infrastructure and hybrid identity'],
    ['Personal attributes',
     'Communicates clearly with technical and non-technical people\n'
     'Works well as part of a team and shares knowledge\n'
     'Manages own workload and priorities effectively\n'
     'Committed to excellent customer service',
     'Understanding of, or willingness to learn about, te reo Māori and tikanga Māori'],
])
para('Other requirements', 'Heading1')
para('A current New Zealand driver licence (Class 1).', 'ListBullet')
para('Willingness to take part in the after-hours on-call roster.', 'ListBullet')
para('Delegations', 'Heading1')
para('Financial: Nil. Human resources: Nil.')
para('This position description reflects the position at the date above. It may be reviewed and changed in '
     'consultation with the employee to meet the changing needs of the Council.')
doc.write('../check/regional-council-systems-engineer.docx',
          ['Title', 'Heading1', 'ListBullet'])

"""Writes check/hospital-group-it-project-manager.docx: a fictitious Canadian hospital group's job posting (issue 15's
thirty-sixth check round), an IT Project Manager for infrastructure projects, laid out as such postings are in Word: a
posting table (position, posting number, department, site, status, union, hours, salary range, dates), "Position
Summary", "Key Responsibilities", "Qualifications", "Competencies" as a name and a sentence each, "Working
Conditions", and the closing lines on accommodation and on who will be contacted.
Run from this folder: python3 hospital-group-it-project-manager.py"""
from minimal_docx import Document

doc = Document()
para = doc.para
table = doc.table

para('Cedar Narrows Health Alliance', 'Title')
para('Internal and External Job Posting', 'Heading1')
table([
    ['Position', 'IT Project Manager (Infrastructure)'],
    ['Posting number', 'CNHA-2027-0412'],
    ['Department', 'Information Technology Services – Project Management Office'],
    ['Site', 'Cedar Narrows General Hospital, with travel to Pine Hollow District Hospital'],
    ['Status', 'Permanent Full-Time (1.0 FTE)'],
    ['Union', 'Non-Union'],
    ['Hours', '37.5 hours per week, Monday to Friday, days'],
    ['Salary range', '$92,400 – $115,500 per year'],
    ['Posting date', 'January 11, 2027'],
    ['Closing date', 'January 25, 2027'],
])
para('Position Summary', 'Heading1')
para("Reporting to the Manager, IT Project Management Office, the IT Project Manager leads the Alliance's "
     "infrastructure projects from initiation to closure across its two hospitals and eleven community sites. The "
     "current portfolio includes the move of the primary data centre to a co-location facility, the refresh of the "
     "wired and wireless network at Cedar Narrows General Hospital, and the migration of 4,200 staff to Microsoft 365.")
para('Key Responsibilities', 'Heading1')
para('Lead IT infrastructure projects through their full life cycle, including data centre moves, network and '
     'wireless refreshes and the migration of mailboxes and file shares to Microsoft 365.', 'ListBullet')
para('Develop project charters, scope statements, schedules and resource plans, and obtain their approval from the '
     'project sponsor.', 'ListBullet')
para('Prepare and manage project budgets, track actual spending against forecasts and report variances to the IT '
     'finance partner.', 'ListBullet')
para('Identify, assess and track project risks and issues, maintain the risk register and escalate to the steering '
     'committee when needed.', 'ListBullet')
para('Engage clinical and corporate stakeholders, including physicians, nursing leaders and department managers, to '
     'confirm requirements and to plan cut-overs around patient care.', 'ListBullet')
para('Manage the vendors and contractors engaged on projects, including statements of work, deliverables and change '
     'orders, in coordination with Supply Chain.', 'ListBullet')
para('Coordinate the work of the network, server and desktop analysts assigned to each project, who do not report to '
     'the position.', 'ListBullet')
para('Prepare monthly status reports and dashboards for the IT leadership team and the Project Steering Committee.',
     'ListBullet')
para('Submit change requests for go-lives to the Change Advisory Board, and arrange communication and training for '
     'affected staff.', 'ListBullet')
para('Follow Alliance policies on privacy (PHIPA), information security and infection prevention and control when '
     'work is carried out in clinical areas.', 'ListBullet')
para('Perform other related duties as assigned.', 'ListBullet')
para('Qualifications', 'Heading1')
para("Bachelor's degree in Computer Science, Information Technology or a related field, or an equivalent "
     "combination of education and experience.", 'ListBullet')
para('Project Management Professional (PMP) or PRINCE2 Practitioner certification is required.', 'ListBullet')
para('A minimum of five (5) years of experience managing IT projects, of which at least three (3) years on '
     'infrastructure projects (networks, servers, data centres or end-user computing).', 'ListBullet')
para('Demonstrated experience managing project budgets of more than $1 million and contracts with multiple vendors.',
     'ListBullet')
para('Working knowledge of Agile (Scrum, Kanban) and waterfall delivery methods, and the judgment to choose between '
     'them for a given project.', 'ListBullet')
para('Knowledge of network, server, storage and Microsoft 365 technologies sufficient to lead technical teams and to '
     'challenge vendor estimates.', 'ListBullet')
para('Proficiency with Microsoft Project, Smartsheet or a similar scheduling tool.', 'ListBullet')
para('Experience in a hospital or healthcare setting is considered an asset.', 'ListBullet')
para('ITIL 4 Foundation certification is an asset.', 'ListBullet')
para('Competencies', 'Heading1')
para('Communication: presents clearly, in writing and in person, to audiences from front-line staff to senior '
     'leaders.', 'ListBullet')
para('Leadership: leads project teams without direct authority and keeps them focused on agreed outcomes.',
     'ListBullet')
para('Decision making: makes timely decisions with incomplete information and explains the reasons for them.',
     'ListBullet')
para('Problem solving: analyses complex problems and proposes practical solutions.', 'ListBullet')
para('Collaboration: builds effective working relationships across departments and with external partners.',
     'ListBullet')
para('Organization: manages several projects at once and meets deadlines.', 'ListBullet')
para('Working Conditions', 'Heading1')
para('Normal office environment, with frequent walking between buildings and regular travel between sites.',
     'ListBullet')
para("A valid Ontario Class G driver's licence and access to a reliable vehicle are required for travel between "
     "sites.", 'ListBullet')
para('Some evening and weekend work is required for cut-overs and go-lives.', 'ListBullet')
para('Cedar Narrows Health Alliance is committed to an inclusive, barrier-free recruitment process. Accommodation is '
     'available on request under the Accessibility for Ontarians with Disabilities Act (AODA) at any stage of the '
     'process.')
para('We thank all applicants for their interest; only those selected for an interview will be contacted.')

doc.write('../check/hospital-group-it-project-manager.docx', ['Title', 'Heading1', 'ListBullet'])

"""Writes check/emergency-agency-field-ict-officer.docx: a fictitious Australian state agency's position description
(issue 15's ninth round), laid out as NSW public sector role descriptions are: a role details table, "Primary purpose
of the role", "Key accountabilities", "Key challenges", a "Key relationships" table, "Role dimensions", "Essential
requirements" and a "Capabilities for the role" table (capability group, name, behavioural indicators, level).
Run from this folder: python3 emergency-agency-field-ict-officer.py"""
from minimal_docx import Document

doc = Document()
para = doc.para
table = doc.table

para('Role Description', 'Title')
para('Field ICT Support Officer', 'Heading1')
table([
    ['Cluster', 'Stronger Communities'],
    ['Agency', 'Coastal Emergency Operations NSW'],
    ['Division/Branch/Unit', 'Corporate Services / Information and Digital / Regional ICT Services'],
    ['Role number', '60214'],
    ['Classification/Grade/Band', 'Clerk Grade 5/6'],
    ['ANZSCO Code', '313112'],
    ['Kind of employment', 'Ongoing full-time'],
    ['Date of approval', 'March 2027'],
])
para('Agency overview', 'Heading2')
para("Coastal Emergency Operations NSW coordinates the state's response to floods, storms and coastal erosion along "
     "the New South Wales coast. Our 310 staff and 4,800 volunteers work from four regional operations centres and "
     "more than 60 local units. Our values are Integrity, Trust, Service and Accountability.")
para('Primary purpose of the role', 'Heading2')
para("The Field ICT Support Officer keeps the technology of the regional operations centres and incident control "
     "vehicles working, so that staff and volunteers can coordinate an emergency response without interruption.")
para('Key accountabilities', 'Heading2')
for item in [
    "Provide first and second level support to staff and volunteers across four regional operations centres, "
    "resolving faults on site and by remote access and recording every job in the service management system",
    "Deploy, configure and maintain laptops, mobile devices, radio-over-IP gateways and satellite terminals in "
    "incident control vehicles, and test them before each storm season",
    "Maintain the local network and Wi-Fi at the operations centres, working with the state network team on changes "
    "and outages",
    "Manage user accounts, group memberships and mobile device enrolment in Microsoft Entra ID and Intune",
    "Keep the regional hardware register and spares stock accurate",
    "Contribute to the agency's cyber security by applying patches and reporting security incidents promptly",
    "Brief staff and volunteers on new systems and prepare quick reference cards",
    "During declared emergencies, join the rostered on-call team and deploy to incident control centres at short notice",
]:
    para(item, 'ListBullet')
para('Key challenges', 'Heading2')
para("Restoring systems quickly during an emergency, when staff on site have limited technical knowledge and the "
     "network may be degraded", 'ListBullet')
para("Balancing planned project work with a high volume of urgent requests from several locations", 'ListBullet')
para('Key relationships', 'Heading2')
table([
    ['Who', 'Why'],
    ['Internal', ''],
    ['Manager, Regional ICT Services', 'Receive direction, report on progress and escalate issues'],
    ['Regional operations staff and volunteers', 'Provide support and advice, resolve faults'],
    ['External', ''],
    ['Telecommunications carriers and vendors', 'Log and track faults, coordinate repairs'],
])
para('Role dimensions', 'Heading2')
para('Decision making', 'Heading3')
para("The role works with a high level of independence in resolving faults and refers complex or policy matters to "
     "the Manager, Regional ICT Services.")
para('Reporting line', 'Heading3')
para('Manager, Regional ICT Services')
para('Direct reports', 'Heading3')
para('Nil')
para('Budget/Expenditure', 'Heading3')
para('Nil')
para('Key knowledge and experience', 'Heading2')
para("Demonstrated experience providing desktop and end-user support in a multi-site organisation", 'ListBullet')
para("Sound knowledge of Windows 11, Microsoft 365 and mobile device management", 'ListBullet')
para("Working knowledge of LAN, Wi-Fi and VPN technologies", 'ListBullet')
para("Experience supporting radio or satellite communications equipment would be highly regarded", 'ListBullet')
para('Essential requirements', 'Heading2')
para("A current NSW Class C driver licence and willingness to travel across the region, including overnight stays",
     'ListBullet')
para("Eligibility to obtain and maintain a Working with Children Check clearance and a national police check",
     'ListBullet')
para("Tertiary qualification in information technology (Certificate IV or above) or equivalent work experience",
     'ListBullet')
para('Capabilities for the role', 'Heading2')
para("The NSW Public Sector Capability Framework applies to all NSW public sector employees. The Capability Framework "
     "is available at www.psc.nsw.gov.au/capabilityframework.")
table([
    ['Capability group/sets', 'Capability name', 'Behavioural indicators', 'Level'],
    ['Personal Attributes', 'Display Resilience and Courage',
     'Remain composed and calm under pressure and in challenging situations', 'Intermediate'],
    ['Relationships', 'Communicate Effectively',
     'Explain technical issues clearly to people without technical knowledge\n'
     'Listen carefully to understand the problem before acting', 'Intermediate'],
    ['Relationships', 'Commit to Customer Service',
     'Take responsibility for delivering high quality service to staff and volunteers', 'Intermediate'],
    ['Relationships', 'Work Collaboratively',
     'Work as a supportive member of the team and share information and knowledge', 'Intermediate'],
    ['Results', 'Plan and Prioritise',
     'Plan and organise own work to meet competing priorities and deadlines', 'Intermediate'],
    ['Results', 'Think and Solve Problems',
     'Research and analyse information to find the cause of faults and recommend solutions', 'Adept'],
    ['Business Enablers', 'Technology',
     "Apply the agency's information security and records management policies in daily work", 'Adept'],
])
para("Coastal Emergency Operations NSW is an equal employment opportunity employer. We encourage applications from "
     "Aboriginal and Torres Strait Islander people, people with disability and people from culturally and "
     "linguistically diverse backgrounds.")

doc.write('../check/emergency-agency-field-ict-officer.docx', ['Title', 'Heading1', 'Heading2', 'Heading3', 'ListBullet'])

"""Writes check/un-agency-ict-associate.docx: a fictitious United Nations agency's vacancy announcement (issue 15's
twenty-fourth check round), an ICT Associate (Infrastructure), G-6, Fixed Term, in a country office, laid out as the
UN agencies' recruitment sites print a posting and as it is saved to Word: a "Job Identification" table of label and
value, "Background" (the mandate and the diversity boilerplate), "Duties and Responsibilities" as numbered functions
each with an intro line ("Ensures ..., focusing on achievement of the following results:") over its bullets,
"Institutional Arrangement", "Competencies" as a table of the core competencies (name | "LEVEL 1: ..." text) and a
table of cross-functional and technical competencies (thematic area | name | definition), "Required Skills and
Experience" as a table of label and text (education, years of experience, required skills, desired skills,
languages, professional certificates) and the "Disclaimer" (applicant information, scam warning,
non-discrimination). Run from this folder: python3 un-agency-ict-associate.py"""
from minimal_docx import Document

doc = Document()
para = doc.para
table = doc.table

para('ICT Associate (Infrastructure)', 'Title')
para('United Nations Office for Regional Cooperation', 'Heading1')
para('Job Identification', 'Heading2')
table([
    ['Requisition ID', '27614'],
    ['Locations', 'Amman, Jordan'],
    ['Posting Date', '11/02/2026, 09:00 AM'],
    ['Apply Before', '11/16/2026, 11:59 PM'],
    ['Job Schedule', 'Full time'],
    ['Agency', 'UNORC'],
    ['Grade', 'G-6'],
    ['Vacancy Type', 'Fixed Term'],
    ['Practice Area', 'Digital, Information and Communications Technology'],
    ['Bureau', 'Regional Bureau for the Arab States'],
    ['Contract Duration', '1 Year with possibility for extension'],
    ['Education & Work Experience', "Secondary Education - 6 year(s) experience OR Bachelor's Degree - 3 year(s) "
                                    "experience"],
    ['Required Languages', 'English and Arabic'],
    ['Vacancy Timeline', '2 Weeks'],
    ['Mobility required/no mobility', 'no mobility required'],
])
para('Job Description', 'Heading1')
para('Background', 'Heading2')
para('The United Nations Office for Regional Cooperation (UNORC) works with governments, civil society and the private '
     'sector in more than 60 countries to strengthen regional trade, transport and water cooperation. Its Country '
     'Office in Jordan, with some 140 personnel in Amman and two project offices in Irbid and Aqaba, supports national '
     'partners with policy advice, project implementation and the procurement of goods and services on their behalf.')
para('The Country Office relies on a small ICT unit to keep its infrastructure, corporate systems and communications '
     'running for its personnel and projects, and to apply the corporate ICT standards set by the Office of '
     'Information Management and Technology in New York.')
para('UNORC is committed to achieving diversity within its workforce and encourages all qualified applicants, '
     'irrespective of gender, nationality, disability, sexual orientation, culture, religious and ethnic backgrounds, '
     'to apply. All applications will be treated in the strictest confidence.')
para('Duties and Responsibilities', 'Heading2')
para('1. Ensures effective administration of the ICT infrastructure of the Country Office, focusing on achievement of '
     'the following results:')
para("Administration of the Country Office's Windows servers, Active Directory, file and print services and the "
     "local VMware hosts, including patching, performance monitoring and capacity planning.", 'ListBullet')
para('Maintenance of the local area network, Wi-Fi, firewalls and VPN connections, and of the connectivity to the '
     'regional hub and the Internet service providers, in coordination with the Global Service Desk.', 'ListBullet')
para('Monitoring of servers, network links and critical services with the corporate monitoring tools, and timely '
     'corrective action when performance falls below the agreed service levels.', 'ListBullet')
para('Daily backups of servers and Microsoft 365 data in line with the corporate backup policy, and quarterly '
     'restore tests of critical systems.', 'ListBullet')
para('Installation, configuration and upgrade of ICT hardware and software in the Country Office and the project '
     'offices, in line with corporate standards.', 'ListBullet')
para('2. Ensures the provision of ICT support services to the Country Office and its projects, focusing on '
     'achievement of the following results:')
para('Help desk support to the personnel of the Country Office and the project offices: logging, prioritizing, '
     'resolving and escalating requests in the ICT ticketing system within the agreed service levels.', 'ListBullet')
para('Diagnosis and resolution of hardware, software and connectivity problems, engaging vendors for warranty '
     'repairs where needed.', 'ListBullet')
para('Administration of Microsoft 365 user accounts, licences, mailboxes, Teams and SharePoint sites, and of access '
     'rights to corporate applications, from onboarding to separation.', 'ListBullet')
para('Setup of laptops, desktops, mobile phones and printers for new personnel, and their collection and secure '
     'wiping at separation.', 'ListBullet')
para('Maintenance of the ICT asset inventory and software licence records, and participation in the annual physical '
     'verification of assets.', 'ListBullet')
para('3. Ensures the security and continuity of ICT services, focusing on achievement of the following results:')
para('Implementation of the corporate ICT security policies: endpoint protection, multi-factor authentication, timely '
     'patching and the reporting of security incidents to the regional information security focal point.',
     'ListBullet')
para("Maintenance and annual testing of the Country Office's ICT disaster recovery plan as part of its business "
     "continuity plan.", 'ListBullet')
para('Up-to-date documentation of the ICT infrastructure: network diagrams, configuration records and standard '
     'operating procedures.', 'ListBullet')
para('4. Supports ICT procurement and knowledge building, focusing on achievement of the following results:')
para('Preparation of technical specifications for the procurement of ICT equipment and services, and follow-up of '
     "vendors' performance under the long-term agreements.", 'ListBullet')
para('Training of personnel in the use of ICT systems and corporate applications, and preparation of short user '
     'guides.', 'ListBullet')
para('Participation in the corporate ICT network and sharing of lessons learned and good practices with ICT '
     'colleagues in the region.', 'ListBullet')
para('The incumbent performs other duties within their functional profile as deemed necessary for the efficient '
     'functioning of the Office.')
para('Institutional Arrangement', 'Heading2')
para('The ICT Associate works under the direct supervision of the ICT Analyst and the overall guidance of the '
     'Operations Manager. The ICT Associate has no supervisory responsibilities.')
para('Competencies', 'Heading2')
para('Core', 'Heading3')
table([
    ['Achieve Results:', 'LEVEL 1: Plans and monitors own work, pays attention to detail, delivers quality work on '
                         'time'],
    ['Think Innovatively:', 'LEVEL 1: Open to new ideas and known risks, solves problems pragmatically, makes '
                            'improvements'],
    ['Learn Continuously:', 'LEVEL 1: Open-minded and curious, shares knowledge, learns from mistakes, asks for '
                            'feedback'],
    ['Adapt with Agility:', 'LEVEL 1: Adapts to change, handles ambiguity and uncertainty constructively, is '
                            'flexible'],
    ['Act with Determination:', 'LEVEL 1: Shows drive and motivation, stays calm in the face of adversity, is '
                                'confident'],
    ['Engage and Partner:', 'LEVEL 1: Shows understanding towards others, builds positive relationships'],
    ['Enable Diversity and Inclusion:', 'LEVEL 1: Appreciates and respects differences, is aware of unconscious '
                                        'bias, confronts discrimination'],
])
para('Cross-Functional & Technical competencies', 'Heading3')
table([
    ['Thematic Area', 'Name', 'Definition'],
    ['Digital', 'Cloud computing and architecture', "Knowledge of cloud service models and the ability to administer "
     "the organization's Microsoft 365 and Azure tenant: identities, licences, mail flow, Teams and SharePoint, and "
     "the security settings that protect them"],
    ['Digital', 'Cybersecurity', 'Knowledge of current threats and of the controls that counter them; ability to '
     'apply security baselines, patches and endpoint protection, and to recognize and report security incidents'],
    ['Digital', 'IT infrastructure operations', 'Ability to install, configure and maintain servers, storage and '
     'network devices so that services stay available and perform as agreed'],
    ['Business Management', 'Customer Satisfaction/Client Management', 'Ability to respond timely and appropriately '
     'with a sense of urgency, provide consistent solutions and deliver timely and quality results; build and '
     'nurture positive client relationships'],
    ['Business Management', 'Communication', 'Ability to communicate in a clear, concise and unambiguous manner both '
     'through written and verbal communication; to tailor messages to the audience'],
    ['Administration & Operations', 'Assets management', 'Ability to keep accurate records of ICT equipment and '
     'software licences throughout their life cycle, from receipt to disposal'],
])
para('Required Skills and Experience', 'Heading2')
table([
    ['Min. Education requirements', "Secondary education is required.\nA university degree (Bachelor's degree) in "
     "Information Technology, Computer Science or a related field will be given due consideration, but it is not a "
     "requirement."],
    ['Min. years of relevant work experience', "Minimum 6 years (with secondary education) or 3 years (with "
     "Bachelor's degree) of relevant experience in ICT infrastructure and user support at the national or "
     "international level."],
    ['Required skills', 'Experience in administering Windows Server and Active Directory in a networked environment.\n'
     'Working knowledge of LAN/WAN, TCP/IP, VPN and firewall configuration (Fortinet or Cisco).\n'
     'Experience in administering Microsoft 365 (Exchange Online, Entra ID, Intune, Teams and SharePoint).\n'
     'Experience with backup solutions (Veeam or similar) and virtualization (VMware or Hyper-V).\n'
     'Experience in providing help desk support to users and in the use of a ticketing system.\n'
     'Proficiency in the use of computers and office software packages (MS Word, Excel, etc.).'],
    ['Desired skills in addition to the competencies covered in the Competencies section',
     'Microsoft certification such as MCSA, Microsoft 365 Certified: Modern Desktop Administrator Associate or Azure '
     'Administrator Associate.\n'
     'Cisco CCNA or CompTIA Network+ certification.\n'
     'ITIL Foundation certification.\n'
     'Experience in working in a United Nations agency or another international organization.'],
    ['Required Language(s)', 'Fluency in English and Arabic is required.'],
    ['Professional Certificates', 'Certifications in Microsoft, Cisco or CompTIA technologies are an asset.'],
])
para('Disclaimer', 'Heading2')
para('Important applicant information', 'Heading3')
para('All posts in the General Service categories are subject to local recruitment. Applicants must be nationals of '
     'Jordan or hold a valid residence and work permit.')
para('UNORC reserves the right to select one or more candidates from this vacancy announcement. We may also retain '
     'applications and consider candidates applying to this post for other similar positions with UNORC at the same '
     'grade level and with similar job description, experience and educational requirements.')
para('Scam warning', 'Heading3')
para('The United Nations does not charge any application, processing, training, interviewing, testing or other fee in '
     'connection with the application or recruitment process. Should you receive a solicitation for the payment of a '
     'fee, please disregard it. Furthermore, please note that emblems, logos, names and addresses are easily copied '
     'or reproduced. Therefore, you are advised to apply particular care when submitting personal information on the '
     'web.')
para('Non-discrimination', 'Heading3')
para('UNORC has a zero-tolerance policy towards sexual exploitation and misconduct, sexual harassment, and abuse of '
     'authority. All selected candidates will, therefore, undergo rigorous reference and background checks, and will '
     'be expected to adhere to these standards and principles.')
para('UNORC is an equal opportunity employer. All selection decisions are made on the basis of merit, without '
     'distinction as to race, colour, sex, religion, national origin, disability, age or any other status.')

doc.write('../check/un-agency-ict-associate.docx', ['Title', 'Heading1', 'Heading2', 'Heading3', 'ListBullet'])

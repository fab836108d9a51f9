"""Writes check/pharma-plant-it-infrastructure-lead.docx: a fictitious Indian private firm's job description (issue
15's fourteenth check round), an Assistant Manager - IT Infrastructure at a pharmaceutical plant, laid out as such
firms' Word job descriptions are: a position table (designation, grade, qualification, experience), "Job Purpose",
"Key Result Areas (KRAs)" in numbered groups, "Key Interfaces" as a table, a "Desired Candidate Profile" (education,
experience, technical skills, and behavioural competencies as a table of competency and proficiency level), "Other
Requirements" and "Compensation". Run from this folder: python3 pharma-plant-it-infrastructure-lead.py"""
from minimal_docx import Document

doc = Document()
para = doc.para
table = doc.table

para('Kaveri Lifesciences Limited', 'Title')
para('Job Description', 'Heading1')
table([
    ['Designation', 'Assistant Manager – IT Infrastructure'],
    ['Grade', 'M1'],
    ['Department', 'Information Technology (Plant IT)'],
    ['Location', 'Chakan Plant, Pune, Maharashtra'],
    ['Reporting to', 'Senior Manager – IT Infrastructure (Corporate IT)'],
    ['Team size', '2 IT Executives'],
    ['Qualification', 'B.E. / B.Tech / MCA'],
    ['Experience', '6–9 years'],
    ['Job code', 'KLL/IT/2027/014'],
])
para('About Kaveri Lifesciences', 'Heading1')
para('Kaveri Lifesciences is a Pune-headquartered maker of generic formulations and active pharmaceutical ingredients, '
     'with four USFDA and WHO-GMP approved plants in Maharashtra and Gujarat and more than 3,800 employees.')
para('Job Purpose', 'Heading1')
para('To ensure the availability, security and compliance of the IT infrastructure at the Chakan plant, covering '
     'servers, network, end-user computing and the computerised systems used in manufacturing and quality control, '
     'in line with corporate IT policies and GMP requirements.')
para('Key Result Areas (KRAs)', 'Heading1')
para('1. Infrastructure operations', 'Heading2')
para("Administer the plant's Windows servers, Active Directory, file servers and VMware cluster, including patching "
     "and capacity planning.", 'ListBullet')
para('Ensure daily backups of servers and QC instrument data are taken as per the backup SOP, and carry out '
     'restoration tests every quarter.', 'ListBullet')
para('Monitor servers, network links and critical applications through the monitoring tools and take corrective '
     'action before production is affected.', 'ListBullet')
para('Maintain the LAN, Wi-Fi, firewall and the SD-WAN links to the corporate office in coordination with the network '
     'service provider.', 'ListBullet')
para('2. End-user support', 'Heading2')
para('Ensure that user calls logged in the helpdesk tool are resolved within the agreed SLA, and handle escalations '
     'from the plant IT executives.', 'ListBullet')
para('Plan and carry out the installation of desktops, laptops, printers and barcode printers for new joiners and new '
     'production lines.', 'ListBullet')
para('Maintain the IT asset register and the software licence records for the plant.', 'ListBullet')
para('Create and manage user IDs and access rights in Active Directory, SAP and plant applications as per the user '
     'access management SOP.', 'ListBullet')
para('3. GMP compliance and computer system validation', 'Heading2')
para('Support computer system validation (CSV) of laboratory and manufacturing systems as per GAMP 5 and 21 CFR Part '
     '11, including preparation of IQ/OQ documents.', 'ListBullet')
para('Ensure that IT SOPs, change controls and deviations are documented and closed on time, and face internal, '
     'customer and regulatory audits for IT.', 'ListBullet')
para('Implement the corporate information security policy at the plant: antivirus, USB control, password policy and '
     'periodic access reviews.', 'ListBullet')
para('4. Vendors, projects and people', 'Heading2')
para('Coordinate with hardware, network and AMC vendors, track their service levels and verify their invoices.',
     'ListBullet')
para('Execute IT infrastructure projects at the plant (new buildings, network upgrades, server refresh) within the '
     'approved budget and timelines.', 'ListBullet')
para('Guide and develop the two plant IT executives and allocate their daily work.', 'ListBullet')
para('Prepare the monthly IT MIS report (uptime, tickets, SLA, asset status) for the plant head and corporate IT.',
     'ListBullet')
para('Any other responsibility assigned by the reporting manager from time to time.', 'ListBullet')
para('Key Interfaces', 'Heading1')
table([
    ['Internal', 'Plant head, QA, QC, Production, Engineering, HR, Corporate IT'],
    ['External', 'Hardware and network vendors, AMC partners, auditors'],
])
para('Desired Candidate Profile', 'Heading1')
para('Education', 'Heading2')
para('B.E. / B.Tech (Computer Science / IT / Electronics) or MCA from a recognised university.', 'ListBullet')
para('Certifications such as Microsoft Certified: Azure Administrator, CCNA or VMware VCP will be preferred.',
     'ListBullet')
para('ITIL Foundation certification will be an added advantage.', 'ListBullet')
para('Experience', 'Heading2')
para('6 to 9 years of experience in IT infrastructure management, with at least 2 years in a pharmaceutical or other '
     'GMP-regulated manufacturing plant.', 'ListBullet')
para('Experience of facing USFDA or WHO audits of IT systems is desirable.', 'ListBullet')
para('Technical skills', 'Heading2')
para('Hands-on knowledge of Windows Server 2019/2022, Active Directory, DNS, DHCP and Group Policy.', 'ListBullet')
para('Working knowledge of VMware vSphere and Veeam or similar backup software.', 'ListBullet')
para('Good understanding of networking: VLANs, routing, Fortinet or Sophos firewalls and wireless.', 'ListBullet')
para('Knowledge of 21 CFR Part 11, EU Annex 11 and data integrity (ALCOA+) requirements for computerised systems.',
     'ListBullet')
para('Behavioural competencies', 'Heading2')
table([
    ['Competency', 'Proficiency level'],
    ['Customer orientation', 'Intermediate'],
    ['Planning and organising', 'Advanced'],
    ['Communication (verbal and written)', 'Intermediate'],
    ['Team leadership', 'Intermediate'],
    ['Problem solving and analytical thinking', 'Advanced'],
    ['Ownership and accountability', 'Advanced'],
])
para('Other Requirements', 'Heading1')
para('Should be willing to work in shifts and to attend breakdowns at the plant on Sundays and holidays when required.',
     'ListBullet')
para('Candidates from Pune and nearby locations will be preferred.', 'ListBullet')
para('Fluency in English; knowledge of Marathi or Hindi will be an advantage.', 'ListBullet')
para('Compensation', 'Heading1')
para('Best in the industry, commensurate with qualification and experience.')
para('Kaveri Lifesciences is an equal opportunity employer.')

doc.write('../check/pharma-plant-it-infrastructure-lead.docx', ['Title', 'Heading1', 'Heading2', 'ListBullet'])

"""Writes check/hospital-it-support-technician.docx: a fictitious NHS trust job description and person
specification (issue 15's third check round), as a minimal Word document (heading and list paragraph styles,
two tables) so that the check covers .docx reading. Run from this folder: python3 hospital-it-support-technician.py"""
from minimal_docx import Document

doc = Document()
para = doc.para
table = doc.table

para('Northfield and Weston Hospitals NHS Foundation Trust', 'Title')
para('Job Description', 'Heading1')
table([
    ['Job title', 'IT Support Technician'],
    ['Band', 'Band 4 (Agenda for Change)'],
    ['Directorate', 'Digital Services'],
    ['Reports to', 'Desktop Support Team Leader'],
    ['Base', 'Northfield General Hospital, with travel to Weston Community Hospital and clinics'],
])
para('Job purpose', 'Heading1')
para("The postholder provides hands-on technical support to clinical and non-clinical staff across the Trust's two "
     "hospital sites and community clinics, keeping the computers, printers and devices that patient care depends on working.")
para('Main duties and responsibilities', 'Heading1')
para('Technical support', 'Heading2')
para("Respond to calls assigned through the IT service management system and resolve them at the user's desk or "
     "remotely, escalating to second-line teams where needed.", 'ListBullet')
para('Build, image and deploy desktop PCs, laptops and thin clients, and move equipment when departments relocate.', 'ListBullet')
para('Find and fix faults on workstations, label printers and barcode scanners on wards.', 'ListBullet')
para('Keep the asset register up to date when equipment is issued, moved or disposed of.', 'ListBullet')
para('Working with staff', 'Heading2')
para('Train staff to use new devices and clinical applications, one to one or in small groups.', 'ListBullet')
para('Write clear step-by-step guides for common tasks and publish them on the intranet.', 'ListBullet')
para('General', 'Heading2')
para("Follow Trust policies on information governance and the confidentiality of patient information at all times.", 'ListBullet')
para('Undertake any other duties appropriate to the band as requested by the line manager.', 'ListBullet')
para('This job description is not exhaustive and may be reviewed in consultation with the postholder.')
para('Person Specification', 'Heading1')
table([
    ['Factor', 'Essential', 'Desirable', 'Assessed by'],
    ['Qualifications', 'Educated to A level or equivalent (NVQ Level 3).',
     'CompTIA A+ or a Microsoft desktop certification.', 'Application form, certificates'],
    ['Experience', 'Experience of supporting Windows desktops and their users in a large organisation.',
     'Experience of working in a hospital or healthcare setting.', 'Application form, interview'],
    ['Knowledge', 'Working knowledge of Windows 10/11, Microsoft Office and Active Directory.',
     'Knowledge of networking basics (TCP/IP, DHCP, DNS).', 'Interview, practical test'],
    ['Skills and abilities', 'Able to diagnose hardware and software problems methodically.\n'
     'Able to explain technical matters clearly to staff who are busy with patients.\n'
     'Good written communication skills.', '', 'Interview, practical test'],
    ['Personal qualities', 'Calm and courteous under pressure in clinical areas.\n'
     'Able to organise own workload and work without close supervision.', '', 'Interview, references'],
    ['Other', 'Full UK driving licence and willingness to travel between sites.\n'
     'Able to lift and carry IT equipment weighing up to 15 kg.', '', 'Application form'],
])
para('The Trust is an equal opportunities employer and welcomes applications from all sections of the community.')

doc.write('../check/hospital-it-support-technician.docx', ['Title', 'Heading1', 'Heading2', 'ListBullet'])

"""Writes check/charity-ict-systems-officer.pdf: a fictitious UK charity's candidate pack for an ICT Systems Officer,
written for issue 15's thirtieth round, as such packs are typed in Word and saved as PDF: a cover page (the charity,
"Candidate pack", the role, salary and closing date, the charity and company numbers), a welcome letter from the
chief executive, "About us" (mission, the charity in numbers, values), "The role" (a table of the post's facts:
reporting line, hours, salary, contract, location, hybrid working; then its purpose), "Key responsibilities"
(numbered duties under bold group names), the person specification as a table "Criteria | Essential | Desirable |
Assessed by" with ticks in the priority columns (ZapfDingbats, as Word's symbol ticks), group rows across the table
("Qualifications", "Experience", "Knowledge", "Skills and abilities", "Personal qualities") and the assessment key
below it, "What we offer", "How to apply" (closing date, interviews, safeguarding and DBS, equal opportunities, data
protection), and a footer with the page number on every page after the cover. No library needed. Run from this
folder: python3 charity-ict-systems-officer.py"""
import textwrap

import minimal_pdf

B, R, Z = 'F2', 'F1', 'F3'
TICK = '4'  # a check mark in ZapfDingbats

# ('P', text) paragraph; ('H', text) heading; ('S2', text) bold sub-heading; ('L', text) bullet; ('N', n, text)
# numbered item; ('S', '') space; ('F', label, value) a row of the role's facts table; ('G', text) a person
# specification's group row; ('C', criterion, essential, desirable, assessed) its criterion row; ('PAGE', '') a new page.
COVER = [
    ('T', 'Larkfield Carers Trust'),
    ('P', 'Supporting unpaid carers across South Yorkshire since 1994'),
    ('S', ''), ('S', ''), ('S', ''),
    ('BIG', 'Candidate pack'),
    ('BIG', 'ICT Systems Officer'),
    ('S', ''),
    ('P', 'Salary: \u00a331,500 to \u00a334,000 per annum'),
    ('P', 'Hours: 35 hours per week, permanent'),
    ('P', 'Location: Sheffield, hybrid'),
    ('P', 'Closing date: 9am, Monday 11 January 2027'),
    ('S', ''), ('S', ''), ('S', ''), ('S', ''), ('S', ''),
    ('P', 'Larkfield Carers Trust is a registered charity in England and Wales (no. 1184725) and a company limited by '
          'guarantee (no. 11963042). Registered office: Larkfield House, 27 Tanner Row, Sheffield S3 8QT.'),
    ('PAGE', ''),
]

WELCOME = [
    ('H', 'A welcome from our Chief Executive'),
    ('P', 'Dear candidate,'),
    ('P', 'Thank you for your interest in joining Larkfield Carers Trust as our ICT Systems Officer.'),
    ('P', 'Across South Yorkshire, more than 190,000 people look after a family member, partner or friend who could '
          'not manage without them. Many of them do it for years, often while working or studying, and too many do '
          'it alone. For more than thirty years Larkfield has been there for them: with advice about money and '
          'rights, with a break when they need one, with groups where they meet people who understand, and with a '
          'voice in the decisions that affect them.'),
    ('P', 'Over the last three years we have changed the way we work. Carers can now book a call with an adviser '
          'online, our teams work from nine centres and from home, and our case management system holds the '
          'records of every carer we support. That makes our IT as important to carers as the people who answer '
          'the phone, and it is why we have created this new post.'),
    ('P', 'You do not need to have worked for a charity before. We are looking for someone who enjoys solving '
          'problems, explains things patiently to colleagues who are not confident with technology, and cares about '
          'doing things properly, especially where people\'s personal information is concerned. In return you will '
          'have real responsibility in a small team, the chance to shape how we use technology, and colleagues who '
          'will tell you, often, that your work made a difference to their day.'),
    ('P', 'I hope this pack tells you what you need to know. If you would like an informal conversation about the '
          'role before you apply, Imran Qureshi, our Head of Digital and ICT, would be very happy to talk to you.'),
    ('P', 'With best wishes,'),
    ('S', ''),
    ('P', 'Helen Ashworth'),
    ('P', 'Chief Executive'),
    ('PAGE', ''),
]

ABOUT = [
    ('H', 'About us'),
    ('P', 'Our vision is a South Yorkshire where every unpaid carer is recognised, valued and supported to live a '
          'life of their own. Our mission is to support carers of all ages, to make their voices heard, and to work '
          'with the NHS, councils and employers so that caring is recognised and planned for.'),
    ('P', 'We are an independent local charity and a network partner of Carers Trust. Most of our income comes from '
          'contracts with the four local authorities and the NHS, with the rest from trusts, our charity shops and '
          'the generosity of local people and businesses.'),
    ('S2', 'Larkfield in numbers (2025/26)'),
    ('L', '12,400 adult carers supported, 2,900 of them for the first time'),
    ('L', '3,100 young carers aged 8 to 18 supported through our young carers service'),
    ('L', 'Nine carers\' centres in Sheffield, Rotherham, Doncaster and Barnsley'),
    ('L', '142 staff and 310 volunteers'),
    ('L', '\u00a37.6 million income, with 84p in every pound spent on services for carers'),
    ('S2', 'Our values'),
    ('L', 'Carers first: we start from what carers tell us they need.'),
    ('L', 'Open and honest: we say what we will do and we do it.'),
    ('L', 'Better together: we work with carers, colleagues and partners, not around them.'),
    ('L', 'Always learning: we listen, try things and improve.'),
    ('S', ''),
    ('H', 'The role'),
    ('F', 'Job title', 'ICT Systems Officer'),
    ('F', 'Reports to', 'Head of Digital and ICT'),
    ('F', 'Responsible for', 'No line management; day-to-day guidance of our IT Apprentice'),
    ('F', 'Hours', '35 hours per week, Monday to Friday, worked flexibly between 8am and 6pm'),
    ('F', 'Salary', '\u00a331,500 to \u00a334,000 per annum (NJC points 17 to 20)'),
    ('F', 'Contract', 'Permanent, subject to a six-month probationary period'),
    ('F', 'Location', 'Larkfield House, Sheffield, with regular travel to our centres in Rotherham, Doncaster and '
                      'Barnsley'),
    ('F', 'Hybrid working', 'At least two days a week at Larkfield House or one of our centres; the rest may be '
                            'worked from home'),
    ('S', ''),
    ('S2', 'Purpose of the role'),
    ('P', 'The ICT Systems Officer keeps the Trust\'s IT systems secure, available and easy to use for our 142 staff '
          'and our volunteers. Working in a team of three with the Head of Digital and ICT and our IT Apprentice, '
          'you will look after our Microsoft 365 tenant, our laptops and phones, the networks in our nine centres '
          'and our case management system, and be the person colleagues turn to when something goes wrong. Our '
          'managed service provider looks after the firewalls and the internet lines; you will be the Trust\'s '
          'technical contact with them.'),
    ('S', ''),
    ('H', 'Key responsibilities'),
    ('S2', 'Systems and infrastructure'),
    ('N', '1.', 'Administer the Trust\'s Microsoft 365 tenant, including Exchange Online, SharePoint, Teams and user '
                'licences.'),
    ('N', '2.', 'Manage user accounts, groups and access rights in Microsoft Entra ID, setting up new starters and '
                'removing leavers on time.'),
    ('N', '3.', 'Enrol, configure and update laptops and mobile phones through Microsoft Intune, and keep the IT '
                'asset register accurate.'),
    ('N', '4.', 'Maintain the local networks and Wi-Fi at our nine centres, working with our managed service '
                'provider on firewall and connectivity changes.'),
    ('N', '5.', 'Check that backups of our systems and data complete successfully, and test restores every quarter.'),
    ('S2', 'Support'),
    ('N', '6.', 'Provide second-line support to staff and volunteers by phone, Teams and in person, logging and '
                'resolving requests through the IT helpdesk within agreed service levels.'),
    ('N', '7.', 'Act as the administrator of our case management system, configuring forms, workflows and reports, '
                'and working with the supplier to resolve faults.'),
    ('N', '8.', 'Write clear how-to guides and run short training sessions so that colleagues get the most from the '
                'tools they use.'),
    ('S2', 'Security and data protection'),
    ('N', '9.', 'Apply security updates, monitor alerts from Microsoft Defender and investigate suspicious sign-ins '
                'and emails.'),
    ('N', '10.', 'Help the Trust keep its Cyber Essentials Plus certification, and support our Data Protection Lead '
                 'in responding to data breaches and subject access requests.'),
    ('N', '11.', 'Keep technical documentation, procedures and the IT risk register up to date.'),
    ('S2', 'Improvement and suppliers'),
    ('N', '12.', 'Take part in IT projects, such as replacing the Wi-Fi in our centres and moving our telephones to '
                 'Microsoft Teams Phone, from testing to go-live.'),
    ('N', '13.', 'Manage our relationships with IT suppliers, and keep track of renewals, licences and contracts.'),
    ('N', '14.', 'Undertake any other duties that may reasonably be requested, consistent with the grade of the '
                 'post.'),
    ('S', ''),
    ('P', 'This job description is not exhaustive and may be reviewed with the postholder as the needs of the Trust '
          'change.'),
    ('PAGE', ''),
]

SPEC = [
    ('H', 'Person specification'),
    ('P', 'The person specification sets out the qualifications, experience, knowledge, skills and personal '
          'qualities we are looking for. We will shortlist against the essential criteria, so please use your '
          'supporting statement to give examples of how you meet each of them.'),
    ('S', ''),
    ('HEAD', ''),
    ('G', 'Qualifications'),
    ('C', 'Educated to A level standard or equivalent, or able to show equivalent learning through work', 'E', '',
     'A'),
    ('C', 'A Microsoft or CompTIA certification, such as Microsoft 365 Endpoint Administrator or CompTIA Network+', '',
     'D', 'A'),
    ('C', 'ITIL 4 Foundation certificate', '', 'D', 'A'),
    ('G', 'Experience'),
    ('C', 'At least two years\' experience in an IT support or systems administration role', 'E', '', 'A, I'),
    ('C', 'Experience of administering Microsoft 365 and Microsoft Entra ID', 'E', '', 'A, I'),
    ('C', 'Experience of managing Windows laptops and mobile devices with Microsoft Intune or a similar tool', 'E', '',
     'A, I'),
    ('C', 'Experience of administering a CRM or case management system', '', 'D', 'A, I'),
    ('C', 'Experience of working in a charity, voluntary or public sector organisation', '', 'D', 'A'),
    ('G', 'Knowledge'),
    ('C', 'Good working knowledge of Windows 10/11, Microsoft 365 and Active Directory', 'E', '', 'A, I, T'),
    ('C', 'Knowledge of networking, including TCP/IP, DNS, DHCP and Wi-Fi', 'E', '', 'I, T'),
    ('C', 'Understanding of cyber security good practice and of UK GDPR as it applies to personal data', 'E', '',
     'A, I'),
    ('C', 'Knowledge of backup and recovery tools for Microsoft 365', '', 'D', 'I'),
    ('C', 'Some experience of scripting with PowerShell', '', 'D', 'A, T'),
    ('G', 'Skills and abilities'),
    ('C', 'Able to diagnose and resolve hardware, software and network problems methodically', 'E', '', 'I, T'),
    ('C', 'Able to explain technical matters clearly and patiently to people who are not confident with technology',
     'E', '', 'I'),
    ('C', 'Good written skills, including the ability to write clear guides and documentation', 'E', '', 'A, T'),
    ('C', 'Able to organise and prioritise a varied workload and meet deadlines', 'E', '', 'A, I'),
    ('C', 'Able to work on your own initiative and as part of a small team', 'E', '', 'I'),
    ('G', 'Personal qualities'),
    ('C', 'Commitment to the Trust\'s mission and values, and to equality, diversity and inclusion', 'E', '', 'A, I'),
    ('C', 'Patient, courteous and calm under pressure', 'E', '', 'I'),
    ('C', 'Willing to travel to our centres across South Yorkshire, and occasionally to work outside normal office '
          'hours for planned maintenance', 'E', '', 'A, I'),
    ('S', ''),
    ('P', 'Key: A = Application form and supporting statement, I = Interview, T = Practical test'),
    ('PAGE', ''),
]

OFFER = [
    ('H', 'What we offer'),
    ('L', '27 days\' annual leave plus bank holidays, rising to 30 days after three years\' service'),
    ('L', 'An extra day off for your birthday'),
    ('L', 'Pension scheme with an employer contribution of 6% when you contribute 3%'),
    ('L', 'Flexible and hybrid working, with a laptop and a mobile phone for work'),
    ('L', 'Carers\' leave: five days of paid leave a year if you look after someone yourself'),
    ('L', 'A training budget and paid time for your professional development, including relevant certifications'),
    ('L', 'Enhanced maternity, paternity and adoption pay'),
    ('L', 'A free and confidential employee assistance programme, available 24 hours a day'),
    ('L', 'Cycle to work scheme, eye care vouchers and discounts with local businesses'),
    ('P', 'We are an accredited Living Wage employer.'),
    ('S', ''),
    ('H', 'How to apply'),
    ('P', 'Please apply using our online application form at www.larkfieldcarers.org.uk/jobs. Your supporting '
          'statement, of no more than two pages, should show how you meet each of the essential criteria in the '
          'person specification. We do not accept CVs on their own.'),
    ('F', 'Closing date', '9am, Monday 11 January 2027'),
    ('F', 'Shortlisting', 'By Friday 15 January 2027'),
    ('F', 'Interviews', 'Wednesday 20 and Thursday 21 January 2027 at Larkfield House, Sheffield'),
    ('S', ''),
    ('P', 'Shortlisted candidates will be asked to complete a short practical test on the day of the interview. We '
          'will tell you what it involves when we invite you.'),
    ('P', 'For an informal conversation about the role, please contact Imran Qureshi, Head of Digital and ICT, on '
          '0114 496 0732 or at recruitment@larkfieldcarers.org.uk.'),
    ('S2', 'Safeguarding'),
    ('P', 'Larkfield Carers Trust is committed to safeguarding and promoting the welfare of children, young people '
          'and adults at risk, and expects all staff and volunteers to share this commitment. Because the '
          'postholder will have access to the records of young carers and adults at risk, this post is subject to '
          'satisfactory references, proof of your right to work in the UK and a basic Disclosure and Barring '
          'Service (DBS) check.'),
    ('S2', 'Equal opportunities'),
    ('P', 'We are committed to equality, diversity and inclusion, and we welcome applications from everyone. We '
          'particularly encourage applications from people with lived experience of caring, and from Black, Asian '
          'and minority ethnic candidates, who are under-represented in our workforce.'),
    ('P', 'We are a Disability Confident employer: if you have a disability and meet the essential criteria for '
          'the role, we will offer you an interview. Please tell us if you need any adjustments to the application '
          'or interview process.'),
    ('P', 'Please also complete the equal opportunities monitoring form. It is kept separately from your '
          'application and is not seen by the shortlisting panel.'),
    ('S2', 'Data protection'),
    ('P', 'We will use the information you give us only to manage this recruitment, and we will keep it in line '
          'with our privacy notice for job applicants, which you can read on our website.'),
]

layout = minimal_pdf.Pages(bottom=70)
for row in COVER + WELCOME + ABOUT + SPEC + OFFER:
    style = row[0]
    if style == 'PAGE':
        layout.room(10000)
        continue
    if style == 'F':
        layout.row([(row[1], 50, 24, B), (row[2], 190, 66, R)])
        continue
    if style == 'HEAD':
        layout.row([('Criteria', 50, 60, B), ('Essential', 345, 10, B), ('Desirable', 412, 10, B),
                    ('Assessed by', 482, 12, B)])
        continue
    if style == 'G':
        layout.room(40)
        layout.row([(row[1], 50, 90, B)])
        continue
    if style == 'C':
        layout.row([(row[1], 50, 60, R), (TICK if row[2] else '', 362, 2, Z), (TICK if row[3] else '', 429, 2, Z),
                    (row[4], 490, 12, R)])
        continue
    if style == 'N':
        wrapped = textwrap.wrap(row[2], 88)
        layout.room(len(wrapped) * 14)
        layout.line(R, 10, 50, row[1])
        for text in wrapped:
            layout.line(R, 10, 70, text)
            layout.y -= 14
        layout.y -= 3
        continue
    font, size, indent, width, after = {'T': (B, 24, 0, 40, 8), 'BIG': (B, 20, 0, 45, 6), 'H': (B, 14, 0, 70, 6),
                                        'S2': (B, 11, 0, 85, 3), 'P': (R, 10, 0, 98, 6), 'L': (R, 10, 16, 92, 2),
                                        'S': (R, 6, 0, 100, 0)}[style]
    wrapped = textwrap.wrap(row[1], width) or ['']
    layout.room(len(wrapped) * (size + 4) + (30 if style in ('H', 'S2') else 0))
    for i, text in enumerate(wrapped):
        if i == 0 and style == 'L':
            layout.line(R, 10, 54, '\u2022')
        layout.line(font, size, 50 + indent, text)
        layout.y -= size + 4
    layout.y -= after

# The footer Word prints on every page after the cover.
pages = layout.pages + [layout.ops]
for number, page in enumerate(pages[1:], 2):
    page.append(f'BT /{R} 8 Tf 50 40 Td (Larkfield Carers Trust  |  ICT Systems Officer candidate pack) Tj ET')
    page.append(f'BT /{R} 8 Tf 510 40 Td (Page {number} of {len(pages)}) Tj ET')
minimal_pdf.write(pages, '../check/charity-ict-systems-officer.pdf', 'cp1252', symbols=True)

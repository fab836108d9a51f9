"""Writes check/eu-agency-ict-infrastructure-officer.pdf: a fictitious EU agency's vacancy notice for an ICT
infrastructure officer (temporary agent, grade AD 6), written for issue 15's twelfth round, as a two-page text PDF
(Helvetica, numbered capital headings, bullets, wrapped lines): the agency, the duties after "the jobholder will be
responsible for the following tasks:", eligibility criteria (general conditions, then education and professional
experience) apart from selection criteria (essential, then "advantageous"), then the selection procedure,
conditions of employment, equal opportunities, how to apply and data protection. No library needed. Run from this
folder: python3 eu-agency-ict-infrastructure-officer.py"""
import textwrap

import minimal_pdf

LINES = [
    ('H', 'EUROPEAN AGENCY FOR INLAND WATERWAY SAFETY'),
    ('P', 'Bratislava, Slovakia'),
    ('P', ''),
    ('B', 'VACANCY NOTICE'),
    ('B', 'ICT Infrastructure and Operations Officer'),
    ('P', 'Reference: EAIWS/TA/AD6/2026/014'),
    ('P', 'Type of contract: Temporary agent (Article 2(f) of the CEOS)'),
    ('P', 'Function group and grade: AD 6'),
    ('P', 'Department: Corporate Services - ICT Sector'),
    ('P', 'Place of employment: Bratislava, Slovakia'),
    ('P', 'Deadline for applications: 18 January 2027 at 13:00 (Brussels time)'),
    ('P', 'Reserve list valid until: 31 December 2027 (may be extended)'),
    ('P', ''),
    ('B', '1. THE AGENCY'),
    ('P', 'The European Agency for Inland Waterway Safety (EAIWS) is a decentralised agency of the European Union. It '
          'helps the Member States and the European Commission to improve the safety of navigation on the Union\'s '
          'rivers and canals, collects and analyses accident data and runs the River Traffic Information exchange '
          'used by national authorities. The Agency employs around 160 staff from 24 Member States.'),
    ('P', ''),
    ('B', '2. THE POST'),
    ('P', 'The ICT Sector (11 staff and external contractors) runs the Agency\'s data centre in Bratislava, its '
          'Microsoft Azure tenant and the services used by staff and by national authorities. The Agency is looking '
          'for an ICT Infrastructure and Operations Officer to keep these services secure and available and to help '
          'move the remaining on-premises services to the cloud.'),
    ('P', ''),
    ('B', '3. MAIN DUTIES AND RESPONSIBILITIES'),
    ('P', 'Reporting to the Head of the ICT Sector, the jobholder will be responsible for the following tasks:'),
    ('L', 'administering and maintaining the Agency\'s on-premises and cloud infrastructure (Windows Server, Linux, '
          'VMware vSphere, Microsoft Azure);'),
    ('L', 'managing user identities and access rights in Active Directory and Microsoft Entra ID;'),
    ('L', 'planning and carrying out backups, restore tests and the yearly disaster recovery exercise;'),
    ('L', 'monitoring the availability, capacity and performance of systems and reporting on them every month;'),
    ('L', 'handling second-level incidents and service requests escalated by the service desk until they are '
          'resolved;'),
    ('L', 'preparing, testing and implementing changes in line with the Agency\'s change management procedure;'),
    ('L', 'applying security patches and implementing the security controls decided by the Local Information '
          'Security Officer;'),
    ('L', 'following the work of external contractors under framework contracts and checking their deliverables '
          'against the contract;'),
    ('L', 'keeping the technical documentation and the configuration management database up to date;'),
    ('L', 'contributing to infrastructure projects, such as the migration of the remaining services to Microsoft '
          'Azure;'),
    ('L', 'advising staff on the use of ICT tools and giving short training sessions to colleagues;'),
    ('L', 'performing any other tasks in the interest of the service.'),
    ('P', ''),
    ('B', '4. ELIGIBILITY CRITERIA'),
    ('P', 'Candidates will be considered eligible for the selection phase on the basis of the following formal '
          'requirements, to be fulfilled by the deadline for applications:'),
    ('B', '4.1 General conditions'),
    ('L', 'be a national of a Member State of the European Union, Iceland, Liechtenstein or Norway;'),
    ('L', 'enjoy full rights as a citizen;'),
    ('L', 'have fulfilled any obligations imposed by the applicable laws on military service;'),
    ('L', 'meet the character requirements for the duties involved;'),
    ('L', 'be physically fit to perform the duties linked to the post;'),
    ('L', 'have a thorough knowledge of one of the official languages of the European Union and a satisfactory '
          'knowledge of another official language of the European Union to the extent necessary for the '
          'performance of the duties.'),
    ('B', '4.2 Education and professional experience'),
    ('L', 'have a level of education which corresponds to completed university studies of at least three years '
          'attested by a diploma;'),
    ('L', 'have, after the award of the diploma, at least three years of professional experience in the field of '
          'ICT infrastructure or operations.'),
    ('P', ''),
    ('B', '5. SELECTION CRITERIA'),
    ('P', 'Eligible candidates will be assessed against the following criteria. Candidates who do not meet all the '
          'essential criteria will not be invited to the next stage.'),
    ('B', '5.1 Essential criteria'),
    ('P', 'Professional experience and knowledge:'),
    ('L', 'at least two years of professional experience in administering Windows Server and Linux systems in a '
          'production environment;'),
    ('L', 'proven experience with VMware vSphere or Microsoft Hyper-V virtualisation and with the administration of '
          'Microsoft Azure or Microsoft 365;'),
    ('L', 'good knowledge of network technologies (TCP/IP, VLANs, firewalls, VPN);'),
    ('L', 'experience of working with ITIL processes, in particular incident, problem and change management;'),
    ('L', 'knowledge of information security principles and good practice (for example ISO/IEC 27001);'),
    ('L', 'excellent command of written and spoken English (level C1 or higher), the working language of the Agency.'),
    ('P', 'Personal qualities:'),
    ('L', 'very good analytical and problem-solving skills;'),
    ('L', 'ability to explain technical matters clearly to colleagues without an ICT background;'),
    ('L', 'strong service orientation towards internal users;'),
    ('L', 'ability to work independently and as part of a small team;'),
    ('L', 'ability to set priorities and to deliver results under pressure.'),
    ('B', '5.2 Advantageous criteria'),
    ('L', 'an ITIL 4 Foundation certificate, or a current Microsoft or VMware certification;'),
    ('L', 'experience in automating administrative tasks with PowerShell, Bash or Ansible;'),
    ('L', 'experience of working in an EU institution, body or agency or in another international organisation;'),
    ('L', 'experience in managing ICT projects with a project management method (for example PM2 or PRINCE2).'),
    ('P', ''),
    ('B', '6. SELECTION PROCEDURE'),
    ('P', 'A Selection Committee appointed by the Executive Director checks the applications against the eligibility '
          'criteria and assesses the eligible ones against the selection criteria. The best-qualified candidates '
          'will be invited to a written test and an interview, held in English. Candidates placed on the reserve '
          'list may be offered a post; inclusion on the list does not guarantee recruitment.'),
    ('P', ''),
    ('B', '7. CONDITIONS OF EMPLOYMENT'),
    ('P', 'The successful candidate will be offered a contract as a temporary agent at grade AD 6 for a period of '
          'five years, renewable. The basic monthly salary is EUR 6,230.06 (step 1), weighted by the correction '
          'coefficient for Slovakia, plus the allowances the Staff Regulations provide. Before being engaged, the '
          'candidate will undergo a medical examination and must provide the originals of the diplomas and '
          'certificates of employment. New staff serve a probationary period of nine months.'),
    ('P', ''),
    ('B', '8. EQUAL OPPORTUNITIES'),
    ('P', 'The Agency is an equal opportunities employer and welcomes applications from all suitably qualified '
          'candidates, without distinction on any ground. It strongly encourages applications from women.'),
    ('P', ''),
    ('B', '9. HOW TO APPLY'),
    ('P', 'Applications must be submitted through the Agency\'s e-recruitment tool before the deadline, with a '
          'Europass CV and a motivation letter in English. Applications sent by e-mail will not be accepted. '
          'Candidates should keep the reference number of their application.'),
    ('P', ''),
    ('B', '10. DATA PROTECTION'),
    ('P', 'Personal data are processed in accordance with Regulation (EU) 2018/1725. The privacy statement on the '
          'Agency\'s website explains how candidates can exercise their rights.'),
]


def escape(text):
    return text.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


pages, ops, y = [], [], 800
for style, text in LINES:
    font, size, indent, width = {'H': ('F2', 14, 0, 70), 'B': ('F2', 11, 0, 90),
                                 'P': ('F1', 10, 0, 100), 'L': ('F1', 10, 14, 92)}[style]
    wrapped = textwrap.wrap(text, width) or ['']
    for i, line in enumerate(wrapped):
        if y < 60:
            pages.append(ops)
            ops, y = [], 800
        if style == 'L' and i == 0:
            ops.append(f'BT /F1 10 Tf 50 {y} Td (\\225) Tj ET')
        if line:
            ops.append(f'BT /{font} {size} Tf {50 + indent} {y} Td ({escape(line)}) Tj ET')
        y -= size + 4
pages.append(ops)

minimal_pdf.write(pages, '../check/eu-agency-ict-infrastructure-officer.pdf')

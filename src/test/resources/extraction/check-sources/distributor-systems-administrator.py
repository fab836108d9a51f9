"""Writes check/distributor-systems-administrator.docx: a fictitious US distribution company's job description on
the common US human resources template (the lead's round of stop 43): a facts table, "Summary", "Essential Duties and
Responsibilities include the following. Other duties may be assigned.", "Supervisory Responsibilities",
"Qualifications" with the template's standard sentences, "Education and/or Experience", "Language Skills",
"Mathematical Skills", "Reasoning Ability", "Computer Skills", "Certificates, Licenses, Registrations", "Physical
Demands" and "Work Environment". Its headings are bold paragraphs, not heading styles, as such templates are usually
typed. Run from this folder: python3 distributor-systems-administrator.py"""
from minimal_docx import Document

doc = Document()
para = doc.para


def heading(text):
    para(text, bold=True)


def bullet(text):
    para(text, 'ListBullet')


para('Keystone Ridge Distribution, Inc.', 'Title')
para('JOB DESCRIPTION', bold=True)
doc.table([
    ['Job Title:', 'Systems Administrator II'],
    ['Department:', 'Information Technology'],
    ['Reports To:', 'IT Infrastructure Manager'],
    ['FLSA Status:', 'Exempt'],
    ['Location:', 'Harrisburg, PA (corporate office) with travel to distribution centers'],
    ['Prepared Date:', 'March 2, 2026'],
])
heading('SUMMARY')
para('Installs, configures, maintains and supports the company\'s servers, storage, networks and related systems so '
     'that the corporate office and four distribution centers can receive, store and ship customer orders around the '
     'clock, by performing the following duties personally or through others.')
heading('ESSENTIAL DUTIES AND RESPONSIBILITIES include the following. Other duties may be assigned.')
bullet('Installs, configures, patches and maintains Windows Server and Red Hat Enterprise Linux servers, physical and '
       'virtual.')
bullet('Administers the VMware vSphere clusters and the storage arrays that host the warehouse management system.')
bullet('Manages user accounts, security groups and permissions in Active Directory and Microsoft 365.')
bullet('Maintains switches, firewalls, wireless access points and site-to-site VPNs at all company locations.')
bullet('Monitors servers, networks and backups with the company\'s monitoring tools and responds to alerts, including '
       'after hours as part of the on-call rotation.')
bullet('Performs and tests backups and restores of servers and databases using Veeam.')
bullet('Resolves escalated incidents and service requests from the IT Service Desk within agreed service levels.')
bullet('Investigates recurring problems, identifies root causes and implements permanent fixes.')
bullet('Plans and carries out changes to production systems through the change advisory board.')
bullet('Writes PowerShell and Bash scripts to automate routine administration tasks.')
bullet('Maintains system documentation, network diagrams and standard operating procedures.')
bullet('Works with vendors on hardware repairs, software support cases and license renewals.')
bullet('Participates in disaster recovery planning and the annual disaster recovery test.')
bullet('Coaches IT Support Technicians on server and network tasks.')
bullet('Performs other related duties as assigned.')
heading('SUPERVISORY RESPONSIBILITIES')
para('This job has no supervisory responsibilities.')
heading('QUALIFICATIONS')
para('To perform this job successfully, an individual must be able to perform each essential duty satisfactorily. '
     'The requirements listed below are representative of the knowledge, skill, and/or ability required. Reasonable '
     'accommodations may be made to enable individuals with disabilities to perform the essential functions.')
heading('EDUCATION and/or EXPERIENCE')
para('Bachelor\'s degree (B.S.) from a four-year college or university in information technology, computer science '
     'or a related field, and three to five years of experience administering Windows servers and networks; or an '
     'equivalent combination of education and experience.')
heading('LANGUAGE SKILLS')
para('Ability to read and interpret documents such as technical manuals, vendor documentation and procedure manuals. '
     'Ability to write routine reports, procedures and correspondence. Ability to speak effectively before groups of '
     'employees of the organization.')
heading('MATHEMATICAL SKILLS')
para('Ability to calculate figures and amounts such as proportions, percentages, storage capacity and network '
     'bandwidth. Ability to apply concepts of basic algebra.')
heading('REASONING ABILITY')
para('Ability to solve practical problems and deal with a variety of concrete variables in situations where only '
     'limited standardization exists. Ability to interpret a variety of instructions furnished in written, oral, '
     'diagram, or schedule form.')
heading('COMPUTER SKILLS')
para('To perform this job successfully, an individual should have knowledge of Windows Server and Active Directory, '
     'VMware vSphere, Microsoft 365 administration, TCP/IP networking and firewalls, and backup software such as '
     'Veeam.')
heading('CERTIFICATES, LICENSES, REGISTRATIONS')
para('Microsoft, VMware or CompTIA Network+ certification preferred.')
para('Valid driver\'s license required for travel between company locations.')
heading('OTHER SKILLS AND ABILITIES')
para('Strong customer service orientation toward internal users.')
para('Ability to manage several tasks at once and meet deadlines.')
para('Experience with warehouse management systems or handheld barcode scanners preferred.')
heading('OTHER QUALIFICATIONS')
para('Must successfully complete a pre-employment background check and drug screen.')
heading('PHYSICAL DEMANDS')
para('The physical demands described here are representative of those that must be met by an employee to '
     'successfully perform the essential functions of this job. Reasonable accommodations may be made to enable '
     'individuals with disabilities to perform the essential functions.')
para('While performing the duties of this job, the employee is regularly required to sit; use hands to finger, '
     'handle, or feel; and talk or hear. The employee is occasionally required to stand, walk, and stoop, kneel, '
     'crouch, or crawl. The employee must occasionally lift and/or move up to 50 pounds. Specific vision abilities '
     'required by this job include close vision and ability to adjust focus.')
heading('WORK ENVIRONMENT')
para('The work environment characteristics described here are representative of those an employee encounters while '
     'performing the essential functions of this job. Reasonable accommodations may be made to enable individuals '
     'with disabilities to perform the essential functions.')
para('The noise level in the work environment is usually moderate. When visiting distribution centers, the employee '
     'is occasionally exposed to warehouse conditions, including moving forklifts and temperatures from 40 to 90 '
     'degrees Fahrenheit.')
para('Keystone Ridge Distribution, Inc. is an Equal Opportunity Employer. All qualified applicants will receive '
     'consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, '
     'national origin, disability or protected veteran status.')
para('Employee signature: ____________________    Date: __________')
doc.write('../check/distributor-systems-administrator.docx', ['Title', 'ListBullet'])

"""Writes check/state-department-systems-analyst.pdf: a fictitious US state department's duty statement for an
infrastructure systems analyst (Information Technology Specialist I), written for issue 15's twenty-sixth round in the
style of the duty statements California state departments print from their form to PDF: a title ("DUTY STATEMENT")
and the department's name, a header block of labelled fields (RPA and position numbers, classification and working
titles, division/unit, supervisor's classification, work location, CBID, tenure and time base, IT domain, effective
date) drawn as a two-column table, a "Position Summary" paragraph, "Essential Functions" as a table of "Percentage of
Time" and duty (the percentage in a column of its own, several sentences of duty beside it, one duty with a sub-list
of items), "Marginal Functions" (a training duty and "other job-related duties"), "Knowledge and Abilities" ("Knowledge
of:" and "Ability to:" lists), "Special Requirements" (background check, driver's licence, on-call, Form 700),
"Desirable Qualifications", "Work Environment or Physical Requirements" and the signature block ("I have read and
understand ...", employee and supervisor signature and date lines). No library needed. Run from this folder:
python3 state-department-systems-analyst.py"""
import textwrap

import minimal_pdf

B, R = 'F2', 'F1'

HEADER = [
    ('RPA Number', '26-0418'),
    ('Position Number', '612-410-1414-007'),
    ('Classification Title', 'Information Technology Specialist I'),
    ('Working Title', 'Systems Analyst - Infrastructure'),
    ('Division/Unit', 'Information Technology Division / Infrastructure Services Unit'),
    ("Supervisor's Classification", 'Information Technology Manager I'),
    ('Work Location', '1420 Capitol Mall, Sacramento, Sacramento County'),
    ('CBID', 'R01'),
    ('Tenure / Time Base', 'Permanent / Full Time'),
    ('IT Domain', 'System Engineering'),
    ('Effective Date', 'November 1, 2026'),
]

# ('P', text) paragraph; ('H', text) heading; ('B', text) bold label; ('L', text) bullet; ('%', percentage, text)
# a duty beside its percentage; ('I', text) a sub-item of the duty above; ('S', '') space; ('C', cells) a table row.
ROWS = [('T', 'DUTY STATEMENT'), ('D', 'Department of Agricultural Land Stewardship'), ('S', '')]
ROWS += [('C', [(label, 50, 30, B), (value, 220, 62, R)]) for label, value in HEADER]
ROWS += [
    ('S', ''),
    ('H', 'Position Summary'),
    ('P', 'Under the general supervision of the Information Technology Manager I, Infrastructure Services Unit, the '
          'Information Technology Specialist I (Systems Analyst) administers and supports the Department\'s server, '
          'virtualization, storage and backup infrastructure, which hosts the licensing, inspection and grant systems '
          'used by more than 1,400 staff in Sacramento and eleven regional field offices. The incumbent works as a '
          'member of a team of six and is the technical lead for the Department\'s backup and disaster recovery '
          'systems.'),
    ('S', ''),
    ('H', 'Essential Functions'),
    ('C', [('Percentage of Time', 50, 12, B), ('Duties', 110, 80, B)]),
    ('%', '35%', 'Administers, configures and maintains the Department\'s Windows Server and VMware vSphere environment '
                 'of approximately 180 virtual servers in two data centers. Builds, upgrades and decommissions servers '
                 'according to Department standards and applies operating system and firmware patches on a monthly '
                 'schedule. Manages Active Directory, Group Policy, DNS and DHCP services.'),
    ('%', '20%', 'Monitors the performance, capacity and availability of servers, storage and network services using '
                 'SolarWinds and vCenter, and responds to alerts. Resolves incidents and service requests escalated '
                 'from the Service Desk within agreed service levels and identifies the root causes of recurring '
                 'problems.'),
    ('%', '15%', 'Serves as the technical lead for the Department\'s backup and disaster recovery systems, including:'),
    ('I', 'Configuring and monitoring nightly backup jobs for servers, databases and file shares;'),
    ('I', 'Performing quarterly restore tests and reporting the results to management;'),
    ('I', 'Maintaining the IT disaster recovery plan and taking part in the annual recovery exercise at the '
          'alternate site.'),
    ('%', '10%', 'Plans, tests and implements system changes and upgrades through the Department\'s change management '
                 'process. Prepares and maintains technical documentation, system diagrams and standard operating '
                 'procedures for the infrastructure the unit supports.'),
    ('%', '10%', 'Implements security controls on servers and storage in accordance with the State Administrative '
                 'Manual and the Statewide Information Management Manual. Remediates vulnerabilities identified by '
                 'security scans and assists the Information Security Officer with audits.'),
    ('%', '5%', 'Evaluates new hardware and software products, prepares technical specifications for IT '
                'procurements, and works with vendors to resolve hardware and software problems.'),
    ('S', ''),
    ('H', 'Marginal Functions'),
    ('%', '3%', 'Trains Service Desk staff on server, account and backup procedures.'),
    ('%', '2%', 'Performs other job-related duties as required.'),
    ('S', ''),
    ('H', 'Knowledge and Abilities'),
    ('B', 'Knowledge of:'),
    ('L', 'Windows Server operating systems, Active Directory and Group Policy administration.'),
    ('L', 'Server virtualization technologies, including VMware vSphere.'),
    ('L', 'Network protocols and services, including TCP/IP, DNS and DHCP.'),
    ('L', 'Data backup and recovery methods and tools.'),
    ('L', 'Information security principles and practices, including the State\'s information security policies.'),
    ('L', 'IT service management practices, including incident, problem and change management.'),
    ('B', 'Ability to:'),
    ('L', 'Analyze and resolve complex hardware, software and network problems.'),
    ('L', 'Prepare clear and concise technical documentation and reports.'),
    ('L', 'Communicate effectively, orally and in writing, with technical and non-technical staff.'),
    ('L', 'Establish and maintain cooperative working relationships with staff, vendors and customers.'),
    ('L', 'Prioritize work and meet deadlines under changing conditions.'),
    ('L', 'Work independently with minimal supervision.'),
    ('S', ''),
    ('H', 'Special Requirements'),
    ('L', 'This position requires the incumbent to pass a Department of Justice fingerprint background check prior to '
          'appointment.'),
    ('L', 'Possess a valid California Class C driver\'s license and travel up to 10% of the time to the Department\'s '
          'regional field offices.'),
    ('L', 'Participate in an on-call rotation for after-hours outages and work occasional evenings and weekends for '
          'scheduled maintenance.'),
    ('L', 'This position is designated under the Conflict of Interest Code. The incumbent must file a Statement of '
          'Economic Interests (Form 700) within 30 days of appointment.'),
    ('S', ''),
    ('H', 'Desirable Qualifications'),
    ('L', 'Bachelor\'s degree in Computer Science, Information Systems or a related field.'),
    ('L', 'Experience administering VMware vSphere and Windows Server in a government environment.'),
    ('L', 'Experience with PowerShell scripting to automate server administration tasks.'),
    ('L', 'Microsoft, VMware or CompTIA certification.'),
    ('L', 'ITIL Foundation certification.'),
    ('S', ''),
    ('H', 'Work Environment or Physical Requirements'),
    ('L', 'Work is performed in a climate-controlled office and in data center rooms with raised floors and constant '
          'equipment noise.'),
    ('L', 'Must be able to lift and move computer equipment weighing up to 40 pounds.'),
    ('L', 'Requires sitting for extended periods and using a computer keyboard, mouse and monitor.'),
    ('S', ''),
    ('P', 'I have read and understand the duties listed above and I can perform these duties with or without '
          'reasonable accommodation. (If you believe reasonable accommodation is necessary, discuss your concerns '
          'with the hiring supervisor. If unsure of a need for reasonable accommodation, inform the hiring '
          'supervisor, who will discuss your concerns with the Reasonable Accommodation Coordinator.)'),
    ('S', ''),
    ('C', [('Employee Signature', 50, 40, R), ('Date', 400, 20, R)]),
    ('C', [('Employee Printed Name', 50, 40, R)]),
    ('S', ''),
    ('P', 'I have discussed the duties of this position with and have provided a copy of this duty statement to the '
          'employee named above.'),
    ('S', ''),
    ('C', [('Supervisor Signature', 50, 40, R), ('Date', 400, 20, R)]),
    ('C', [('Supervisor Printed Name', 50, 40, R)]),
]


layout = minimal_pdf.Pages(bottom=60)

for row in ROWS:
    style = row[0]
    if style == 'C':
        layout.row(row[1])
        continue
    if style == '%':
        # the percentage in a column of its own, the duty's sentences wrapped beside it
        wrapped = textwrap.wrap(row[2], 82)
        layout.room(len(wrapped) * 13 + 4)
        layout.line(R, 10, 62, row[1])
        for text in wrapped:
            layout.line(R, 10, 110, text)
            layout.y -= 13
        layout.y -= 5
        continue
    if style == 'I':
        wrapped = textwrap.wrap(row[1], 76)
        layout.room(len(wrapped) * 13)
        layout.line(R, 10, 122, '-')
        for text in wrapped:
            layout.line(R, 10, 134, text)
            layout.y -= 13
        layout.y -= 2
        continue
    font, size, indent, width = {'T': (B, 16, 0, 60), 'D': (B, 12, 0, 70), 'H': (B, 12, 0, 70), 'B': (B, 10, 0, 90),
                                 'P': (R, 10, 0, 100), 'L': (R, 10, 14, 92), 'S': (R, 6, 0, 100)}[style]
    wrapped = textwrap.wrap(row[1], width) or ['']
    layout.room(len(wrapped) * (size + 4) + (20 if style == 'H' else 0))
    for i, text in enumerate(wrapped):
        if i == 0 and style == 'L':
            layout.line(R, 10, 50, '\u2022')
        layout.line(font, size, 50 + indent, text)
        layout.y -= size + 4
layout.write('../check/state-department-systems-analyst.pdf', 'cp1252')

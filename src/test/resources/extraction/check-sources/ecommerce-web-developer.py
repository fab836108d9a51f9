"""Writes check/ecommerce-web-developer.pdf: a fictitious retailer's web developer advert (issue 15's fourth check
round) as a one-page text PDF, Helvetica, bullets and lines wrapped as a word processor would, no Essential /
Desirable headings (the priority is in the wording). No library needed. Run from this folder:
python3 ecommerce-web-developer.py"""
import textwrap

import minimal_pdf

LINES = [
    ('H', 'Brightwell Home'),
    ('B', 'Web Developer, E-commerce'),
    ('P', 'Leeds Support Centre or remote (UK) - Full time - GBP 42,000 to 48,000'),
    ('P', ''),
    ('P', 'Brightwell Home sells furniture and homeware through 38 stores and brightwellhome.co.uk, which now takes a '
          'third of our sales. Our digital team of fourteen is rebuilding the checkout and the product pages, and we '
          'need another developer to help.'),
    ('P', ''),
    ('B', 'Day to day you\'ll'),
    ('L', 'build new features for our Shopify Plus storefront and the apps around it, in JavaScript, Liquid and React'),
    ('L', 'connect the site to our stock, order and payment systems through their APIs'),
    ('L', 'make pages load fast and work for everyone, including people who use screen readers'),
    ('L', 'review pull requests from other developers and pair with our two apprentices'),
    ('L', 'fix bugs reported by the customer service team, often on the same day'),
    ('L', 'work in two-week sprints with our product owner, designers and testers'),
    ('P', ''),
    ('B', 'Is this you?'),
    ('L', 'You must have at least two years of commercial experience building websites with JavaScript, HTML and CSS.'),
    ('L', 'You\'ll need a solid grasp of REST APIs and JSON.'),
    ('L', 'We expect you to write tests for your code and to use Git every day.'),
    ('L', 'Experience with Shopify or another e-commerce platform would be a real plus.'),
    ('L', 'Ideally you\'ll also know the accessibility standards (WCAG 2.2).'),
    ('L', 'Bonus points for any experience with Google Analytics or A/B testing.'),
    ('L', 'You\'re comfortable talking to colleagues in marketing and buying about what the site can do for them.'),
    ('L', 'You stay calm when the site is busy in peak season and something breaks.'),
    ('P', ''),
    ('B', 'Why Brightwell'),
    ('L', '25% staff discount in store and online'),
    ('L', '28 days\' holiday including bank holidays, rising with service'),
    ('L', 'A laptop of your choice and a home-working allowance'),
    ('P', ''),
    ('P', 'To apply, send us your CV and a link to something you have built. We read every application and reply to '
          'everyone within two weeks.'),
]

def escape(text):
    return text.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')

ops, y = [], 800
for style, text in LINES:
    font, size, indent, width = {'H': ('F2', 16, 0, 60), 'B': ('F2', 11, 0, 90),
                                 'P': ('F1', 10, 0, 100), 'L': ('F1', 10, 14, 92)}[style]
    wrapped = textwrap.wrap(text, width) or ['']
    for i, line in enumerate(wrapped):
        if style == 'L' and i == 0:
            ops.append(f'BT /F1 10 Tf 50 {y} Td (\\225) Tj ET')
        if line:
            ops.append(f'BT /{font} {size} Tf {50 + indent} {y} Td ({escape(line)}) Tj ET')
        y -= size + 4
minimal_pdf.write([ops], '../check/ecommerce-web-developer.pdf')

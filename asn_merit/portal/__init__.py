"""Portal ASN (/asn): a civil servant's own record, score, eligibility and career dates.

The pages in asn_merit/www/asn/ only render; what they show is read here, always for the
Employee linked to the logged-in user and never for anyone else (access.py).
"""

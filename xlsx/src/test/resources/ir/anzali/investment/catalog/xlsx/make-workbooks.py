#!/usr/bin/env python3
"""Writes the flat ODF spreadsheets that LibreOffice Calc turns into the test workbooks.

    python3 make-workbooks.py CATALOG.json     # the catalog of examples/, from ./catalog import
    soffice --headless --convert-to xlsx examples.fods problems.fods

examples.fods holds the bundled examples as a clerk types them into Calc: numbers as numbers,
amounts in rial as numbers with the currency beside them, percentages as percentage cells, dates
as date cells, Persian sheet names and headers, youth jobs as formulas, sectors and agencies by
their Persian names, and one hidden row. problems.fods holds the cells a reader must refuse.
"""
import json
import sys
from xml.sax.saxutils import escape

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:percentage-style style:name="N2"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <number:number-style style:name="N3"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 <number:boolean-style style:name="N4"><number:boolean/></number:boolean-style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="N1"/>
 <style:style style:name="bool" style:family="table-cell" style:data-style-name="N4"/>
 <style:style style:name="pct" style:family="table-cell" style:data-style-name="N2"/>
 <style:style style:name="grp" style:family="table-cell" style:data-style-name="N3"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
"""
TAIL = "</office:spreadsheet></office:body></office:document>\n"


def text(v):
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(v)


def number(v, style=None):
    s = ' table:style-name="%s"' % style if style else ''
    return '<table:table-cell%s office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (s, v, v)


def percent(v):
    return ('<table:table-cell table:style-name="pct" office:value-type="percentage" office:value="%s">'
            '<text:p>%s%%</text:p></table:table-cell>') % (float(v) / 100, v)


def date(v):
    return ('<table:table-cell table:style-name="date" office:value-type="date" office:date-value="%s">'
            '<text:p>%s</text:p></table:table-cell>') % (v, v)


def formula(f, v):
    return ('<table:table-cell table:formula="of:%s" office:value-type="float" office:value="%s">'
            '<text:p>%s</text:p></table:table-cell>') % (escape(f), v, v)


def empty():
    return '<table:table-cell/>'


def row(cells, hidden=False):
    h = ' table:visibility="collapse"' if hidden else ''
    return '<table:table-row%s>%s</table:table-row>\n' % (h, ''.join(cells))


def sheet(name, rows):
    return '<table:table table:name="%s">\n%s</table:table>\n' % (escape(name), ''.join(rows))


def examples(catalog):
    ref = catalog['referenceData']
    sectors = {s['code']: s['nameFa'] for s in ref['sectors']}
    agencies = {a['code']: a['nameFa'] for a in ref['agencies']}
    head = ['شناسه', 'عنوان', 'عنوان انگلیسی', 'خلاصه', 'بخش', 'زیربخش', 'محدوده', 'مساحت زمین',
            'نوع واگذاری زمین', 'مبلغ سرمایه‌گذاری', 'واحد پول', 'روش سرمایه‌گذاری', 'وضعیت', 'نرخ بازده داخلی',
            'دوره بازگشت سرمایه', 'اشتغال مستقیم', 'اشتغال جوانان', 'دستگاه مسئول', 'دستگاه‌های همکار',
            'مشوق‌ها', 'تاریخ انتشار', 'مهلت', 'ایمیل', 'برچسب‌ها']
    rows = [row([text(h) for h in head])]
    for i, o in enumerate(catalog['opportunities']):
        loc = o.get('location', {})
        r = i + 2
        cells = [
            text(o['id']), text(o['title'].get('fa', '')) if 'fa' in o['title'] else empty(),
            text(o['title']['en']) if 'en' in o['title'] else empty(),
            text(o['summary']['fa']) if 'summary' in o and 'fa' in o['summary'] else empty(),
            text(sectors[o['sector']]), text(o['subsector']) if 'subsector' in o else empty(),
            text(loc['area']) if 'area' in loc else empty(),
            number(loc['landAreaM2'], 'grp') if 'landAreaM2' in loc else empty(),
            text(loc['landTenure']) if 'landTenure' in loc else empty(),
            number(o['investment']['amount'], 'grp'), text(o['investment']['currency']),
            text(o['investmentModel']) if 'investmentModel' in o else empty(), text(o['status']),
            percent(o['irrPercent']) if 'irrPercent' in o else empty(),
            number(o['paybackYears']) if 'paybackYears' in o else empty(),
            number(o['directJobs']) if 'directJobs' in o else empty(),
            formula('ROUND([.P%d]*%s/%s;0)' % (r, o['youthJobs'], o['directJobs']), o['youthJobs'])
            if 'youthJobs' in o and o.get('directJobs') else (number(o['youthJobs']) if 'youthJobs' in o else empty()),
            text(agencies[o['leadAgency']]),
            text(';'.join(agencies[a] for a in o.get('partnerAgencies', []))) if o.get('partnerAgencies') else empty(),
            text(';'.join(o.get('incentives', []))) if o.get('incentives') else empty(),
            date(o['publishedOn']) if 'publishedOn' in o else empty(),
            date(o['deadline']) if 'deadline' in o else empty(),
            text(o['contactEmail']) if 'contactEmail' in o else empty(),
            text(';'.join(o.get('tags', []))) if o.get('tags') else empty()]
        rows.append(row(cells, hidden=(i == 3)))
    ihead = ['شناسه', 'نوع', 'عنوان', 'عنوان انگلیسی', 'مبنای قانونی', 'مرجع اعطا', 'درصد', 'مدت (سال)', 'بخش‌ها',
             'زیربخش‌ها', 'محدوده‌ها', 'روش‌های سرمایه‌گذاری', 'حداقل سرمایه‌گذاری',
             'واحد پول حداقل سرمایه‌گذاری', 'حداقل اشتغال مستقیم', 'حداقل اشتغال جوانان', 'از تاریخ', 'تا تاریخ']
    irows = [row([text(h) for h in ihead])]
    for n in catalog['incentives']:
        money = n.get('minInvestment')
        irows.append(row([
            text(n['id']), text(n['type']), text(n['title']['fa']) if 'fa' in n['title'] else empty(),
            text(n['title']['en']) if 'en' in n['title'] else empty(),
            text(n['legalBasis']) if 'legalBasis' in n else empty(), text(agencies[n['authority']]),
            number(n['benefitPercent']) if 'benefitPercent' in n else empty(),
            number(n['durationYears']) if 'durationYears' in n else empty(),
            text(';'.join(n.get('sectors', []))) if n.get('sectors') else empty(),
            text(';'.join(n.get('subsectors', []))) if n.get('subsectors') else empty(),
            text(';'.join(n.get('areas', []))) if n.get('areas') else empty(),
            text(';'.join(n.get('investmentModels', []))) if n.get('investmentModels') else empty(),
            number(money['amount'], 'grp') if money else empty(), text(money['currency']) if money else empty(),
            number(n['minDirectJobs']) if 'minDirectJobs' in n else empty(),
            number(n['minYouthJobs']) if 'minYouthJobs' in n else empty(),
            date(n['validFrom']) if 'validFrom' in n else empty(),
            date(n['validTo']) if 'validTo' in n else empty()]))
    return HEAD + sheet('فرصت‌ها', rows) + sheet('مشوق‌ها', irows) + TAIL


def problems():
    head = ['id', 'title_en', 'sector', 'investment', 'currency', 'lead_agency', 'direct_jobs', 'published_on', 'tags']
    rows = [row([text(h) for h in head]),
            row([text('AFZ-TOU-001'), text('Good hotel'), text('TOURISM'), number('2500000000'), text('IRR'),
                 text('AFZO'), number('120'), date('2026-11-27'), text('ok')]),
            row([text('AFZ-TOU-002'), text('Error cell'), text('TOURISM'),
                 '<table:table-cell table:formula="of:=NA()" office:value-type="float" office:value="0"><text:p>#N/A</text:p></table:table-cell>',
                 text('IRR'), text('AFZO'), number('10'), date('2026-11-27'), empty()]),
            row([text('AFZ-TOU-003'), text('Yes/no cell'), text('TOURISM'), number('5000000000'), text('IRR'), text('AFZO'),
                 '<table:table-cell table:style-name="bool" office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>',
                 date('2026-11-27'), empty()]),
            row([text('AFZ-TOU-004'), text('Number as date'), text('TOURISM'), number('5000000000'), text('IRR'),
                 text('AFZO'), number('7'), number('46000'), empty()]),
            row([text('AFZ-TOU-005'), text('Fraction of a job'), text('TOURISM'), number('5000000000'), text('IRR'),
                 text('AFZO'), number('7.5'), empty(),
                 '<table:table-cell table:formula="of:=&quot;=cmd&quot;&amp;&quot;|calc&quot;" office:value-type="string" office:string-value="=cmd|calc"><text:p>=cmd|calc</text:p></table:table-cell>']),
            row([text('AFZ-TOU-006'), text('Text formula'), text('TOURISM'),
                 '<table:table-cell table:formula="of:=&quot;250 میلیارد &quot;&amp;&quot;ریال&quot;" office:value-type="string" office:string-value="250 میلیارد ریال"><text:p>250 میلیارد ریال</text:p></table:table-cell>',
                 empty(), text('AFZO'), number('3'), date('2026-11-27'), text('a;b')]),
            ]
    return HEAD + sheet('opportunities', rows) + TAIL


if __name__ == '__main__':
    with open(sys.argv[1], encoding='utf-8') as f:
        catalog = json.load(f)
    with open('examples.fods', 'w', encoding='utf-8') as f:
        f.write(examples(catalog))
    with open('problems.fods', 'w', encoding='utf-8') as f:
        f.write(problems())

"""What the self-contained HTML pages of the drafters' tools (the reform lab's report, the
commitments scorecard) share: one typeface, one measure, one way of setting headings."""

BASE_CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1f2933;
line-height:1.45}
header,main{max-width:1100px;margin:0 auto;padding:0 1rem}header{padding-top:1.5rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;
border-bottom:1px solid #d9e2ec;padding-bottom:.2rem}h3{font-size:1rem;margin:.2rem 0 .4rem}
.meta{color:#52606d;font-size:.9rem}p,li,dd{overflow-wrap:anywhere}
"""

// The console's stylesheet, served from /app/assets/ (CSP: styles from this origin only).
// System fonts, no framework; the colours meet WCAG AA contrast on white.

export const CONSOLE_CSS = `
:root{--ink:#1b2430;--muted:#4d5866;--line:#d5dbe3;--bg:#f5f7fa;--card:#fff;--brand:#1f3a5f;--on-brand:#fff;--link:#0b57a4;--ok:#1e6b34;--warn:#8a4b00;--bad:#a3121f;--focus:#ffbf47}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:16px;line-height:1.45;color:var(--ink);background:var(--bg)}
body{margin:0}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:.5rem}
.vh{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.topbar{background:var(--brand);color:var(--on-brand)}
.topbar .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.25rem;padding:.6rem 1rem}
.topbar .product{font-weight:700;color:var(--on-brand);text-decoration:none;font-size:1.1rem}
.topbar .tenant{opacity:.9}
.topbar nav ul{display:flex;flex-wrap:wrap;gap:.25rem;list-style:none;margin:0;padding:0}
.topbar nav a{color:var(--on-brand);text-decoration:none;padding:.35rem .6rem;border-radius:4px;display:inline-block}
.topbar nav a[aria-current="page"]{background:rgba(255,255,255,.2);font-weight:600}
.topbar nav a:hover{background:rgba(255,255,255,.12)}
.topbar .me{margin-left:auto;display:flex;align-items:center;gap:.5rem;flex-wrap:wrap}
.topbar .me a{color:var(--on-brand)}
.topbar .me button{background:transparent;color:var(--on-brand);border:1px solid rgba(255,255,255,.7);border-radius:4px;padding:.25rem .6rem;font:inherit;cursor:pointer}
.badge{display:inline-block;min-width:1.4em;padding:0 .4em;border-radius:999px;background:#fff;color:var(--bad);font-weight:700;font-size:.85em;text-align:center}
.wrap{max-width:1200px;margin:0 auto}
main{padding:1rem}
h1{font-size:1.5rem;margin:.25rem 0 1rem}
h2{font-size:1.2rem;margin:1.25rem 0 .5rem}
h3{font-size:1.05rem;margin:1rem 0 .4rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:1rem;margin:0 0 1rem}
.card>h2:first-child,.card>h3:first-child{margin-top:0}
.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(150px,1fr))}
.stat{display:block;text-decoration:none;color:inherit}
.stat .n{display:block;font-size:1.8rem;font-weight:700}
.stat .l{color:var(--muted)}
.muted{color:var(--muted)}
.small{font-size:.875rem}
.nowrap{white-space:nowrap}
.ok{color:var(--ok)}.warn{color:var(--warn)}.bad{color:var(--bad)}
.pill{display:inline-block;padding:.05rem .5rem;border-radius:999px;border:1px solid currentColor;font-size:.8rem;white-space:nowrap}
.flash{padding:.75rem 1rem;border-radius:6px;margin:0 0 1rem;border:1px solid}
.flash.ok{background:#eaf6ec;border-color:#9ccfa8}
.flash.bad{background:#fcebec;border-color:#e7a2a8}
.flash.info{background:#eaf1fb;border-color:#a9c4e8}
form.inline{display:inline}
label{display:block;font-weight:600;margin:.5rem 0 .2rem}
label.check{display:flex;gap:.4rem;align-items:center;font-weight:400;margin:.2rem 0}
input[type=text],input[type=email],input[type=password],input[type=search],input[type=url],input[type=tel],input[type=date],input[type=datetime-local],input[type=number],select,textarea{font:inherit;padding:.45rem .55rem;border:1px solid #7a8596;border-radius:4px;background:#fff;color:var(--ink);max-width:100%}
input[type=color]{width:3rem;height:2.2rem;padding:0;border:1px solid #7a8596;border-radius:4px}
textarea{width:100%;min-height:5rem}
.field{margin:0 0 .75rem}
.field input:not([type=checkbox]):not([type=radio]):not([type=color]),.field select,.field textarea{width:100%}
.hint{color:var(--muted);font-size:.875rem;margin:.2rem 0 0}
.error{color:var(--bad);font-weight:600}
button,.button{font:inherit;display:inline-block;padding:.45rem .9rem;border-radius:4px;border:1px solid var(--brand);background:var(--brand);color:var(--on-brand);cursor:pointer;text-decoration:none;line-height:1.3}
button.secondary,.button.secondary{background:#fff;color:var(--brand)}
button.danger{background:var(--bad);border-color:var(--bad);color:#fff}
button:disabled{opacity:.6;cursor:not-allowed}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
.more-filters>summary{cursor:pointer;font-weight:600;margin:.5rem 0}
.filters{display:grid;gap:.5rem 1rem;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));align-items:end}
.filters fieldset{border:1px solid var(--line);border-radius:4px;padding:.25rem .5rem;margin:0}
.filters legend{font-weight:600;font-size:.9rem}
.filters label{margin:.1rem 0}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;position:relative}
table{border-collapse:collapse;width:100%;background:var(--card)}
caption{text-align:left;font-weight:600;padding:.25rem 0 .5rem}
th,td{padding:.45rem .55rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-size:.875rem;color:var(--muted);white-space:nowrap}
th a{color:inherit}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tr.updated{animation:flash 2s ease-out}
@keyframes flash{from{background:#fff4c2}to{background:transparent}}
@media (prefers-reduced-motion:reduce){tr.updated{animation:none;background:#fff8d6}}
.pager{display:flex;gap:1rem;margin:.75rem 0}
.timeline{list-style:none;margin:0;padding:0}
.timeline li{border-left:3px solid var(--line);padding:.25rem 0 .75rem 1rem;position:relative}
.timeline li::before{content:"";position:absolute;left:-7px;top:.55rem;width:11px;height:11px;border-radius:50%;background:var(--brand)}
.timeline time{font-weight:600}
details>summary{cursor:pointer;color:var(--link)}
pre{white-space:pre-wrap;word-break:break-all;background:#f0f2f5;padding:.5rem;border-radius:4px;font-size:.8rem;max-height:24rem;overflow:auto}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0}
.two{display:grid;gap:1rem;grid-template-columns:1fr}
.two>*{min-width:0}
dl.facts dd,.timeline li{overflow-wrap:anywhere}
@media (min-width:900px){.two{grid-template-columns:2fr 1fr}}
figure{margin:0 0 1rem}
figure svg{max-width:100%;height:auto;display:block}
figcaption{font-weight:600;margin:.25rem 0}
.chart text{fill:currentColor}
.preview-frame{width:100%;height:640px;border:1px solid var(--line);border-radius:6px;background:#fff}
.tabs{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem}
.tabs a[aria-current="page"]{font-weight:700}
.wb-chart{display:block;height:auto;max-width:100%;overflow:visible}
.wb-chart text,.wb-chart tspan{white-space:pre}
.narrow{max-width:28rem;margin:2rem auto}
footer{padding:1rem;color:var(--muted);font-size:.875rem}
footer ul{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;padding:0;margin:0}
.key{font-family:ui-monospace,Menlo,Consolas,monospace;background:#f0f2f5;padding:.5rem;border-radius:4px;word-break:break-all}
@media (max-width:640px){th,td{padding:.4rem}.topbar .me{margin-left:0}h1{font-size:1.3rem}}
`;

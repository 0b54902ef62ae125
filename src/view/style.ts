/**
 * actorgraph/view — the viewer's style sheet
 * ===========================================
 *
 * Inlined in the HTML's `<style>` (the CSP allows inline style, and no other source).
 */

export const CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;background:#fff}
body{display:grid;grid-template-columns:280px 1fr 360px;grid-template-rows:auto 1fr;height:100vh}
header{grid-column:1/4;display:flex;align-items:center;gap:16px;padding:6px 12px;border-bottom:1px solid #ddd;background:#fafafa}
header h1{font-size:16px;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#ag-visible{color:#666;font-size:12px}
#ag-legend{margin-left:auto;display:flex;flex-wrap:wrap;gap:10px;font-size:12px}
.ag-legend-item{display:inline-flex;align-items:center;gap:4px}
.ag-swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin:0 4px}
aside{overflow:auto;padding:10px 12px;border-right:1px solid #ddd}
#ag-panel{overflow:auto;padding:10px 14px;border-left:1px solid #ddd;border-right:0}
#ag-graph{position:relative;min-width:0;min-height:0;background:#fff}
fieldset{border:1px solid #e3e3e3;border-radius:4px;margin:0 0 10px;padding:6px 8px}
legend{font-weight:600;font-size:12px;color:#555}
fieldset label{display:flex;align-items:center;font-size:13px;margin:2px 0}
input[type=search],input[type=date],select{width:100%;padding:4px 6px;font:inherit}
#ag-results{list-style:none;margin:4px 0 10px;padding:0;max-height:240px;overflow:auto}
.ag-link{background:none;border:0;padding:2px 4px;margin:0;font:inherit;color:#0645ad;cursor:pointer;text-align:left}
.ag-link:hover{text-decoration:underline}
.ag-alias{color:#666}
.ag-hint{color:#777;font-size:12px}
#ag-panel h2{font-size:17px;margin:4px 0 8px;word-break:break-word}
#ag-panel h3{font-size:14px;margin:14px 0 6px}
.ag-chart svg{display:block;max-width:100%}
.ag-chart-legend{font-size:11px;color:#444}
.ag-chart-legend span{display:inline-block;margin:2px 8px 0 0;padding-left:4px}
.ag-chart-toggle{font-size:11px;margin-left:4px}
#ag-panel dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0}
#ag-panel dt{color:#666}
#ag-panel dd{margin:0;word-break:break-word}
.ag-relations{list-style:none;padding:0;margin:0}
.ag-relations li.ag-filtered{opacity:.5}
.ag-relations .ag-link{border-left:4px solid #ccc;padding-left:6px;margin:1px 0}
.ag-evidence{padding-left:20px}
.ag-evidence blockquote{margin:0 0 2px;padding:4px 8px;background:#f6f6f6;border-left:3px solid #ccc;white-space:pre-wrap;word-break:break-word}
.ag-source{margin:0 0 10px;font-size:12px;color:#555;word-break:break-word}
.ag-relation{color:#555;font-weight:400}
button#ag-reset{font:inherit;padding:3px 8px}
`;

<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page content=content; root, info>
<article class="doc page">
  <header class="doc-header"><h1>${content.title}</h1></header>
  ${content.body?no_esc}
</article>
</@l.page>

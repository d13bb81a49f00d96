<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page content=content; root, info>
<article class="doc home">
  <header class="doc-header hero">
    <h1>${content.title}</h1>
    <#if content.summary?has_content><p class="doc-summary">${content.summary}</p></#if>
  </header>
  ${content.body?no_esc}
  <section class="part-list" aria-labelledby="parts-heading">
    <h2 id="parts-heading">The five parts</h2>
    <ol class="cards">
    <#list l.nav().parts as part>
      <li class="card"><a href="${root}${part.uri}"><span class="card-title">${part.title}</span><span class="card-text">${part.summary}</span><span class="card-count">${part.chapters?size} chapters</span></a></li>
    </#list>
    </ol>
  </section>
  <section class="currency" aria-labelledby="currency-heading">
    <h2 id="currency-heading">Kept current</h2>
    <p>Every chapter says under its title when its facts were last checked and against which releases: the whole list is on <a href="${root}versions.html">Versions checked</a>. Studied an earlier version? <a href="${root}changes.html">What changed</a> lists every correction, newest first.</p>
  </section>
</article>
</@l.page>

// mkdocs-material's script for a tab named in the address
// (partials/javascripts/content.html, 9.8), moved out of the page; unchanged.
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))

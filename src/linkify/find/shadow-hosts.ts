/**
 * Elements that can never host a shadow root (the DOM standard allows one only on custom
 * elements and on article, aside, blockquote, body, div, footer, h1–h6, header, main, nav, p,
 * section and span): the common ones, left out of searches for shadow roots so that no script world
 * makes a wrapper for them. Anything not named here is looked at, so the search stays complete.
 */
const NEVER_HOSTS =
  'a,abbr,address,area,audio,b,base,bdi,bdo,br,button,canvas,caption,cite,code,col,colgroup,' +
  'data,dd,del,details,dfn,dialog,dl,dt,em,embed,fieldset,figcaption,figure,form,head,hr,' +
  'html,i,iframe,img,input,ins,kbd,label,legend,li,link,map,mark,menu,meta,meter,noscript,' +
  'object,ol,optgroup,option,output,picture,pre,progress,q,rp,rt,ruby,s,samp,script,select,' +
  'slot,small,source,strong,style,sub,summary,sup,table,tbody,td,template,textarea,tfoot,th,' +
  'thead,time,title,tr,track,u,ul,var,video,wbr,' +
  // SVG's and MathML's own (by name: HTML inside an SVG's foreignObject may host one).
  'svg,path,g,circle,rect,line,polyline,polygon,ellipse,use,defs,symbol,stop,tspan,desc,math,' +
  'mi,mn,mo,mrow';
/** A selector for every element that may host a shadow root (and a few that cannot). */
export const MAY_HOST_SHADOW_ROOT = `*:not(${NEVER_HOSTS})`;

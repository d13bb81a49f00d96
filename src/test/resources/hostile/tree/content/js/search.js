alert(207);
